package io.plantdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.config.PrivateFiles;
import io.plantdesk.platform.ids.Ids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path data;

    private final UUID person = UUID.randomUUID();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void anAppendedActionIsOnDiskInWalWithFullSyncInAPrivateFile() throws Exception {
        try (Outbox box = Outbox.open(data, person, clock)) {
            OutboxAction a = box.append("test.note", ActionPayload.of(Map.of("text", "needle \"broken\"\n")));
            assertThat(Ids.millisOf(a.id())).isEqualTo(clock.millis());
            assertThat(a.id().version()).isEqualTo(7);
            assertThat(a.personId()).isEqualTo(person);
            assertThat(a.state()).isEqualTo(OutboxAction.State.PENDING);
            assertThat(box.file()).isEqualTo(data.resolve("outbox").resolve(person + ".db"));
            assertThat(PrivateFiles.mode(box.file()).orElseThrow() & 0777).isEqualTo(0600);
            assertThat(PrivateFiles.mode(box.file().getParent()).orElseThrow() & 0777)
                    .isEqualTo(0700);
        }
        // Read back through a second connection, as after a crash: the row is there, the file in WAL mode.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + Outbox.fileFor(data, person));
                var s = c.createStatement()) {
            var r = s.executeQuery("pragma journal_mode");
            r.next();
            assertThat(r.getString(1)).isEqualTo("wal");
            r = s.executeQuery("select payload from action");
            r.next();
            assertThat(ActionPayload.fromJson(r.getString(1)).values()).containsEntry("text", "needle \"broken\"\n");
        }
        try (Outbox box = Outbox.open(data, person, clock)) {
            assertThat(box.all()).hasSize(1);
        }
    }

    @Test
    void theSyncFlagIsFullOnTheOutboxConnection() throws Exception {
        try (Outbox box = Outbox.open(data, person, clock)) {
            var f = Outbox.class.getDeclaredField("db");
            f.setAccessible(true);
            try (var s = ((java.sql.Connection) f.get(box)).createStatement();
                    var r = s.executeQuery("pragma synchronous")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2); // FULL
            }
        }
    }

    @Test
    void keepsThePersonsOrderSetsRefusalsAsideAndResendsAtTheEnd() {
        try (Outbox box = Outbox.open(data, person, clock)) {
            OutboxAction first = box.append("t", ActionPayload.of(Map.of("n", "1")));
            OutboxAction second = box.append("t", ActionPayload.of(Map.of("n", "2")));
            OutboxAction third = box.append("t", ActionPayload.of(Map.of("n", "3")));
            assertThat(box.head().orElseThrow().id()).isEqualTo(first.id());
            assertThat(box.status().pending()).isEqualTo(3);
            assertThat(box.status().oldest()).contains(clock.instant());

            box.reject(first.id(), Text.platform("outbox.refused", "closed"));
            assertThat(box.head().orElseThrow().id()).isEqualTo(second.id());
            assertThat(box.status().rejected()).isEqualTo(1);
            OutboxAction refused = box.rejected().getFirst();
            assertThat(refused.refusal().orElseThrow()).isEqualTo(Text.platform("outbox.refused", "closed"));
            assertThat(refused.refusal().orElseThrow().english()).isEqualTo("The server refused the action: closed");

            box.resend(first.id(), refused.payload().with("n", "1b"));
            assertThat(box.all()).extracting(OutboxAction::id).containsExactly(second.id(), third.id(), first.id());
            OutboxAction resent = box.find(first.id()).orElseThrow();
            assertThat(resent.payload().values()).containsEntry("n", "1b");
            assertThat(resent.state()).isEqualTo(OutboxAction.State.PENDING);
            assertThat(resent.refusal()).isEmpty();

            assertThatThrownBy(() -> box.discard(second.id()))
                    .isInstanceOf(PlantdeskException.class)
                    .hasMessage("This action is not waiting for a fix any more.");
            box.reject(second.id(), Text.platform("outbox.refused", "x"));
            box.discard(second.id());
            box.remove(third.id());
            assertThat(box.all()).extracting(OutboxAction::id).containsExactly(first.id());
        }
    }

    @Test
    void aDamagedFileIsRefusedInWordsAndLeftAsItIs() throws Exception {
        Path file = Outbox.fileFor(data, person);
        Files.createDirectories(file.getParent());
        byte[] junk = "this is not an outbox, it was overwritten by something else entirely...."
                .repeat(100)
                .getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Outbox.open(data, person, clock))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aFullDiskRefusesTheNewActionInWordsAndKeepsTheOnesSavedBefore() throws Exception {
        try (Outbox box = Outbox.open(data, person, clock)) {
            OutboxAction kept = box.append("test.note", ActionPayload.of(Map.of("text", "saved before")));
            // The disk fills up: SQLite answers SQLITE_FULL, as on a full disk, once the file may not grow.
            var f = Outbox.class.getDeclaredField("db");
            f.setAccessible(true);
            try (var st = ((java.sql.Connection) f.get(box)).createStatement();
                    var r = st.executeQuery("pragma page_count")) {
                r.next();
                st.execute("pragma max_page_count = " + r.getInt(1));
            }
            String big = "x".repeat(64 * 1024);
            assertThatThrownBy(() -> {
                        for (int i = 0; i < 100; i++) {
                            box.append("test.note", ActionPayload.of(Map.of("text", big)));
                        }
                    })
                    .isInstanceOf(PlantdeskException.class)
                    .hasMessageContaining("The action was not saved: the disk of this computer is full")
                    .satisfies(e -> assertThat(((PlantdeskException) e).hint().orElseThrow())
                            .contains("the actions saved before are safe"));
            assertThat(box.find(kept.id())).isPresent();
        }
        try (Outbox box = Outbox.open(data, person, clock)) {
            assertThat(box.all()).extracting(a -> a.payload().require("text")).contains("saved before");
        }
    }

    @Test
    void payloadJsonRoundTrips() {
        ActionPayload p = ActionPayload.of(new java.util.LinkedHashMap<>(Map.of("a", "x\\y\t\u0001é", "b", "")));
        assertThat(ActionPayload.fromJson(p.toJson())).isEqualTo(p);
        assertThat(ActionPayload.fromJson("{}").values()).isEmpty();
    }

    @Test
    void pausesGrowAndStayCapped() {
        var r = new java.util.Random(1);
        assertThat(Replayer.pause(java.time.Duration.ofSeconds(1), 1, r).toMillis())
                .isBetween(800L, 1200L);
        assertThat(Replayer.pause(java.time.Duration.ofSeconds(1), 3, r).toMillis())
                .isBetween(3200L, 4800L);
        assertThat(Replayer.pause(java.time.Duration.ofSeconds(1), 40, r))
                .isLessThanOrEqualTo(Replayer.MAX_PAUSE.multipliedBy(12).dividedBy(10));
    }
}

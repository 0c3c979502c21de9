package io.plantdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.db.SchemaStatus;
import io.plantdesk.platform.db.Scram;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.ids.Ids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Platform pieces that need no database. */
class PlatformUnitTest {

    @TempDir
    Path dir;

    @Test
    void idsAreVersion7TimeOrderedAndUnique() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        Ids ids = new Ids(clock);
        Set<UUID> seen = new HashSet<>();
        String before = "";
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next();
            // One instance's ids sort as they were made, even within one millisecond (an outbox's order).
            assertThat(id.toString()).isGreaterThan(before);
            before = id.toString();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(Ids.millisOf(id)).isEqualTo(clock.millis());
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
        UUID later = new Ids(Clock.offset(clock, java.time.Duration.ofMillis(1))).next();
        assertThat(later.toString()).isGreaterThan(ids.next().toString());
    }

    @Test
    void pathsFollowEachOperatingSystemAndPlantdeskHomeWins() {
        Path home = Path.of("/home/amina");
        AppPaths linux = AppPaths.of(java.util.Map.of(), "Linux", home);
        assertThat(linux.configDir()).isEqualTo(Path.of("/home/amina/.config/plantdesk"));
        assertThat(linux.embeddedDataDir()).isEqualTo(Path.of("/home/amina/.local/share/plantdesk/pgdata"));
        AppPaths mac = AppPaths.of(java.util.Map.of(), "Mac OS X", home);
        assertThat(mac.dataDir()).isEqualTo(Path.of("/home/amina/Library/Application Support/Plantdesk"));
        AppPaths win =
                AppPaths.of(java.util.Map.of("LOCALAPPDATA", "/c/Users/amina/AppData/Local"), "Windows 11", home);
        assertThat(win.dataDir()).isEqualTo(Path.of("/c/Users/amina/AppData/Local/Plantdesk"));
        AppPaths portable = AppPaths.of(java.util.Map.of("PLANTDESK_HOME", "/opt/pd"), "Linux", home);
        assertThat(portable.logDir()).isEqualTo(Path.of("/opt/pd/data/logs"));
    }

    @Test
    void profilesRoundTripAndHoldNoPassword() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("c"), dir.resolve("d"), dir.resolve("l"));
        ProfileStore store = new ProfileStore(paths);
        store.save(new ConnectionProfile(
                "Production",
                "db.plant.example",
                5432,
                "plantdesk",
                "amina",
                SslMode.VERIFY_FULL,
                Environment.PRODUCTION,
                false));
        store.save(new ConnectionProfile(
                "Staging", "localhost", 5433, "plantdesk_staging", "", null, Environment.STAGING, false));
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("Production", "Staging");
        assertThat(store.find("staging").orElseThrow().sslMode()).isEqualTo(SslMode.PREFER);
        java.util.Properties saved = new java.util.Properties();
        try (var r = Files.newBufferedReader(dir.resolve("c/profiles.properties"))) {
            saved.load(r);
        }
        assertThat(saved.stringPropertyNames())
                .isNotEmpty()
                .noneMatch(k -> k.toLowerCase().contains("pass"));
        store.delete("Production");
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("Staging");
    }

    @Test
    void settingsRoundTrip() {
        AppPaths paths = new AppPaths(dir.resolve("c"), dir.resolve("d"), dir.resolve("l"));
        SettingsStore store = new SettingsStore(paths);
        assertThat(store.load()).isEqualTo(AppSettings.defaults());
        AppSettings s = AppSettings.defaults()
                .withTheme("dark")
                .withMode("floor")
                .withEmbeddedPort(25432)
                .withLastLogin("Staging", "amina");
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void schemaVersionsCompareAsNumbers() {
        assertThat(Migrator.compareVersions("5", "12")).isNegative();
        assertThat(Migrator.compareVersions("005", "5")).isZero();
        assertThat(Migrator.normalize("005")).isEqualTo("5");
        assertThat(Migrator.shippedVersions()).startsWith("1", "2", "3", "4", "5");
        assertThat(new SchemaStatus("4", "5").kind()).isEqualTo(SchemaStatus.Kind.SERVER_BEHIND);
        assertThat(new SchemaStatus("6", "5").advice()).contains("newer");
        assertThat(new SchemaStatus(null, "5").advice()).contains("plantdesk migrate");
        assertThat(new SchemaStatus("5", "5").advice()).isNull();
    }

    /** A newer schema serves an older client as long as no contract migration since has left it behind. */
    @Test
    void aNewerSchemaServesOlderClientsUntilAContractMigration() {
        assertThat(new SchemaStatus("23", "21", "20").kind()).isEqualTo(SchemaStatus.Kind.COMPATIBLE);
        assertThat(new SchemaStatus("23", "21", "21").usable()).isTrue();
        SchemaStatus tooOld = new SchemaStatus("23", "21", "22");
        assertThat(tooOld.usable()).isFalse();
        assertThat(tooOld.advice())
                .contains("built for schema version 21", "Plantdesk built for 22 or newer", "Install the newer");
        assertThat(new SchemaStatus("23", "21", null).kind())
                .isEqualTo(SchemaStatus.Kind.SERVER_AHEAD); // no record: exact only
        assertThat(new SchemaStatus("20", "21", "20").kind()).isEqualTo(SchemaStatus.Kind.SERVER_BEHIND);
    }

    @Test
    void scramVerifierLeavesThePasswordIntact() {
        char[] pw = "a-long-password".toCharArray();
        assertThat(Scram.verifier(pw)).startsWith("SCRAM-SHA-256$4096:");
        assertThat(new String(pw)).isEqualTo("a-long-password");
    }

    @Test
    void backoffJittersAndDoublesUpToTenMinutes() {
        java.util.random.RandomGenerator r = new java.util.Random(7);
        java.time.Duration base = java.time.Duration.ofSeconds(60);
        for (int i = 0; i < 100; i++) {
            long ms = io.plantdesk.platform.rollup.Backoff.next(base, 0, r).toMillis();
            assertThat(ms).isBetween(48_000L, 72_000L);
        }
        assertThat(io.plantdesk.platform.rollup.Backoff.next(base, 2, r).toMillis())
                .isBetween(192_000L, 288_000L);
        assertThat(io.plantdesk.platform.rollup.Backoff.next(base, 30, r).toMillis())
                .isBetween(480_000L, 720_000L);
    }
}

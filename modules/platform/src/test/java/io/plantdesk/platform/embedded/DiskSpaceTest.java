package io.plantdesk.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small but empty disk is "too small", not "full"; and a message's log always exists. */
class DiskSpaceTest {

    private static final long MB = 1024L * 1024;

    @TempDir
    Path dir;

    @Test
    void aSmallEmptyDiskIsTooSmallNotFull() {
        var refusal = new DiskSpace(39 * MB, 40 * MB)
                .refusal(dir, dir.resolve("postgres.log"))
                .orElseThrow();
        assertThat(refusal.getMessage())
                .contains("too small")
                .contains("40 MB in all")
                .doesNotContain("full");
        var full = new DiskSpace(100 * MB, 100_000 * MB)
                .refusal(dir, dir.resolve("postgres.log"))
                .orElseThrow();
        assertThat(full.getMessage()).contains("nearly full").contains("100 MB free");
        assertThat(new DiskSpace(300 * MB, 100_000 * MB).refusal(dir, dir.resolve("postgres.log")))
                .isEmpty();
        assertThat(new DiskSpace(300 * MB, 100_000 * MB).warning(dir))
                .hasValueSatisfying(w -> assertThat(w).contains("300 MB free"));
        assertThat(new DiskSpace(5_000 * MB, 100_000 * MB).warning(dir)).isEmpty();
    }

    @Test
    void aFullDiskReleasesTheReserveFileSoTheServerCanStart() {
        assertThat(new DiskSpace(300 * MB, 100_000 * MB).decide(true)).isEqualTo(DiskSpace.Decision.START);
        assertThat(new DiskSpace(0, 100_000 * MB).decide(true)).isEqualTo(DiskSpace.Decision.RELEASE_RESERVE_AND_START);
        assertThat(new DiskSpace(0, 100_000 * MB).decide(false)).isEqualTo(DiskSpace.Decision.REFUSE);
        assertThat(new DiskSpace(300 * MB, 100_000 * MB).roomForReserveFile()).isFalse();
        assertThat(new DiskSpace(2_000 * MB, 100_000 * MB).roomForReserveFile()).isTrue();
    }

    @Test
    void theLogARefusalPointsToExists() {
        Path log = dir.resolve("logs/postgres.log");
        assertThatThrownBy(() -> EmbeddedServer.start(dir.resolve("pgdata"), dir.resolve("pgbin"), log, 99999))
                .isInstanceOf(EmbeddedServerException.class)
                .satisfies(e ->
                        assertThat(((EmbeddedServerException) e).fullMessage()).contains(log.toString()));
        assertThat(log).exists();
        assertThat(log).content().contains("99999");
    }
}

package io.plantdesk.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The build's manifest of the embedded PostgreSQL's files says exactly what the bundle holds. */
class PgManifestTest {

    @AfterEach
    void forget() {
        PgBinaries.forget();
    }

    @Test
    void theBuildWroteAManifestForThisBundleThatMatchesTheBundleItself() throws Exception {
        PgBinaries.Bundle bundle = PgBinaries.bundle();
        Map<String, String> fromBundle = PgBinaries.hashesInBundle(bundle);
        try (InputStream in = PgBinaries.class.getResourceAsStream(PgManifestWriter.resource(bundle.sha256()))) {
            assertThat(in)
                    .as("the manifest written at build time (platform's pom)")
                    .isNotNull();
            assertThat(PgManifestWriter.read(in)).isEqualTo(fromBundle);
        }
        assertThat(fromBundle).containsKey("bin/postgres").hasSizeGreaterThan(100);
        assertThat(PgBinaries.expectedHashes(bundle)).isEqualTo(fromBundle);
    }

    @Test
    void aManifestOnlyAppliesToTheBytesItWasMadeFrom() {
        assertThat(PgBinaries.class.getResource(PgManifestWriter.resource("0".repeat(64))))
                .isNull();
    }

    @Test
    void readsFilesAndLinks() throws Exception {
        String text = "ab12  bin/postgres\nlink:libpq.so.5.18  lib/libpq.so.5\n";
        assertThat(PgManifestWriter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(Map.entry("bin/postgres", "ab12"), Map.entry("lib/libpq.so.5", "link:libpq.so.5.18"));
    }
}

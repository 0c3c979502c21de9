package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.embedded.EmbeddedServerException;
import io.plantdesk.platform.embedded.EmbeddedServerException.Reason;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another account on the same computer, second round (probe of issue 13): whoever can write the
 * binaries can also write a manifest beside them, so the hashes must come from the jar; a tree an
 * older build left open to others is never run; folders another account owns are refused. The
 * tests run as root in the sandbox and play "another account" with a numeric owner (chown).
 */
class EmbeddedOwnershipTest {

    private static final int MALLORY = 4242;

    @TempDir
    Path root;

    private Path home() {
        return root.resolve("data");
    }

    private EmbeddedServer start(int port) {
        Path h = home();
        return EmbeddedServer.start(h.resolve("pgdata"), h.resolve("pgbin"), h.resolve("logs/postgres.log"), port);
    }

    private Path binaryTree() throws Exception {
        try (Stream<Path> s = Files.list(home().resolve("pgbin"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("PG-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private boolean quarantined() throws Exception {
        try (Stream<Path> s = Files.list(home().resolve("pgbin"))) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("quarantine-"));
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** The probe's attack: a wrapper pg_ctl beside the real one, and a manifest rewritten to match. */
    private Path plantWrapperWithMatchingManifest() throws Exception {
        Path tree = binaryTree();
        Path pgCtl = tree.resolve("bin/pg_ctl");
        Path real = tree.resolve("bin/pg_ctl.real");
        Files.move(pgCtl, real);
        Path marker = root.resolve("planted-ran");
        Files.writeString(pgCtl, "#!/bin/sh\ntouch '" + marker + "'\nexec '" + real + "' \"$@\"\n");
        Files.setPosixFilePermissions(pgCtl, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> s = Files.list(home().resolve("pgbin"))) {
            for (Path manifest : s.filter(p -> p.getFileName().toString().endsWith(".sha256"))
                    .toList()) {
                List<String> lines = Files.readAllLines(manifest).stream()
                        .filter(l -> !l.endsWith("  bin/pg_ctl"))
                        .collect(java.util.stream.Collectors.toList());
                lines.add(sha256(pgCtl) + "  bin/pg_ctl");
                lines.add(sha256(real) + "  bin/pg_ctl.real");
                Files.write(manifest, lines);
            }
        }
        return marker;
    }

    @Test
    void aManifestRewrittenBesideAChangedProgramIsNotBelieved() throws Exception {
        int port = TestCluster.freePort();
        try (EmbeddedServer s = start(port)) {
            s.ensureDatabase("x");
        }
        Path marker = plantWrapperWithMatchingManifest();
        try (EmbeddedServer s = start(port);
                Connection c = s.adminDataSource("x").getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(marker).as("the planted pg_ctl ran").doesNotExist();
        assertThat(binaryTree().resolve("bin/pg_ctl.real")).doesNotExist();
        assertThat(quarantined()).isTrue();
    }

    @Test
    void aTreeAnOlderBuildLeftOpenToOthersIsNeverRun() throws Exception {
        int port = TestCluster.freePort();
        try (EmbeddedServer s = start(port)) {
            s.ensureDatabase("x");
        }
        // As an older build left it: pgbin and the tree writable by every account.
        Path pgbin = home().resolve("pgbin");
        Path tree = binaryTree();
        Files.setPosixFilePermissions(pgbin, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
        }
        // Another account swapped a program for a byte-identical copy it owns (and may change later).
        Path initdb = tree.resolve("bin/initdb");
        Files.setAttribute(initdb, "unix:uid", MALLORY, LinkOption.NOFOLLOW_LINKS);
        try (EmbeddedServer s = start(port);
                Connection c = s.adminDataSource("x").getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(quarantined()).as("the open tree was put aside").isTrue();
        assertThat(Files.getAttribute(binaryTree().resolve("bin/initdb"), "unix:uid"))
                .isNotEqualTo(MALLORY);
        assertThat((Integer) Files.getAttribute(pgbin, "unix:mode") & 077).isZero();
        assertThat(Files.readString(home().resolve("logs/postgres.log"))).contains("writable by other accounts");
    }

    @Test
    void aHomeFolderAnotherAccountOwnsIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(home());
        Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setAttribute(home(), "unix:uid", MALLORY, LinkOption.NOFOLLOW_LINKS);
        assertThatThrownBy(() -> start(TestCluster.freePort()))
                .isInstanceOf(EmbeddedServerException.class)
                .satisfies(
                        e -> assertThat(((EmbeddedServerException) e).reason()).isEqualTo(Reason.UNSAFE_FOLDER))
                .hasMessageContaining(home().toString())
                .hasMessageContaining("another account");
        assertThat(home()).isEmptyDirectory();
        assertThat((Integer) Files.getAttribute(home(), "unix:mode") & 0777).isEqualTo(0755);
    }
}

package io.plantdesk.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts the tests' PostgreSQL 15 from zonky's 15 binaries jar, which the build copies to
 * target/pg15 (it cannot sit on the class path beside the bundled 18: both hold the same
 * resource). Zonky unpacks it into a folder named after its digest, so the two never mix.
 */
final class Pg15Server {

    private Pg15Server() {}

    static TestCluster start() {
        String jar = System.getProperty(TestCluster.PG15_BINARIES_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The PostgreSQL 15 binaries for the tests are missing (" + jar + "). "
                    + "Run the tests through Maven (./mvnw verify copies them), or set " + TestCluster.URL15_VARIABLE
                    + " to a PostgreSQL 15 superuser URL.");
        }
        try {
            Path root = Files.createTempDirectory("plantdesk-testdb15");
            int port = TestCluster.freePort();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, machine) -> open(Path.of(jar)))
                    .setOverrideWorkingDirectory(root.resolve("pgbin").toFile())
                    .setDataDirectory(root.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setDataDirectoryCustomizer(dir -> requirePasswords(dir.toPath()))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            root.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                            root.resolve("postgres.log").toFile()))
                    .start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    pg.close();
                                } catch (IOException e) {
                                    // the JVM is ending; the temp folder goes with the machine's cleanup
                                }
                            },
                            "testdb15-stop"));
            return TestCluster.of("localhost", port, db -> pg.getDatabase("postgres", db));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL 15 for tests", e);
        }
    }

    /**
     * As on the embedded 18 and any real server: the superuser (the tests' fixtures) is trusted on
     * loopback, every other login needs its password, so a wrong owner password is refused.
     */
    private static void requirePasswords(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path jar) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
        if (entry == null) {
            zip.close();
            throw new IOException(jar + " holds no postgres-linux-x86_64.txz");
        }
        InputStream in = zip.getInputStream(entry);
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }
}

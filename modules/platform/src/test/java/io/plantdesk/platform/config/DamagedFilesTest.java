package io.plantdesk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad day on the PC (issue 13): damaged settings and profiles never stop Plantdesk and lose nothing. */
class DamagedFilesTest {

    @TempDir
    Path home;

    private AppPaths paths() {
        return AppPaths.of(Map.of("PLANTDESK_HOME", home.toString()), "Linux", home);
    }

    private long damagedCopies(String name) throws Exception {
        try (Stream<Path> s = Files.list(paths().configDir())) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + ".damaged-"))
                    .count();
        }
    }

    @Test
    void aHandTypedWindowsPathCostsItsLineOnlyAndTheDamagedFileIsKept() throws Exception {
        Files.createDirectories(paths().configDir());
        Path file = paths().configDir().resolve("settings.properties");
        Files.writeString(file, "theme=dark\nmigrations.scripts=C:\\users\\amina\\plant-sql\nembedded.port=25432\n");
        SettingsStore store = new SettingsStore(paths());
        AppSettings s = store.load();
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(s.embeddedPort()).isEqualTo(25432);
        assertThat(s.migrationScripts()).isEmpty();
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).contains(file.toString()).contains("line 2");
        });
        assertThat(damagedCopies("settings.properties")).isEqualTo(1);
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void outOfRangeSettingsFallBackWithASentence() throws Exception {
        Files.createDirectories(paths().configDir());
        Files.writeString(paths().configDir().resolve("settings.properties"), "embedded.port=99999\nmode=kiosk\n");
        SettingsStore store = new SettingsStore(paths());
        AppSettings s = store.load();
        assertThat(s.embeddedPort()).isEqualTo(AppSettings.DEFAULT_EMBEDDED_PORT);
        assertThat(s.mode()).isEqualTo("desk");
        assertThat(store.problems())
                .extracting(Object::toString)
                .anyMatch(t -> t.contains("line 1") && t.contains("99999"))
                .anyMatch(t -> t.contains("line 2") && t.contains("kiosk"));
    }

    @Test
    void damagedProfilesAreLeftOutByNameAndLineAndTheGoodOnesStay() throws Exception {
        Files.createDirectories(paths().configDir());
        Files.writeString(
                paths().configDir().resolve("profiles.properties"),
                String.join(
                        "\n",
                        "profile.0.name=Good",
                        "profile.0.host=db.plant.local",
                        "profile.0.port=5432",
                        "profile.0.database=plantdesk",
                        "profile.0.environment=staging",
                        "profile.1.name=Typo",
                        "profile.1.host=db.plant.local",
                        "profile.1.database=plantdesk",
                        "profile.1.environment=prod",
                        "profile.2.name=Far port",
                        "profile.2.host=db.plant.local",
                        "profile.2.port=99999",
                        "profile.2.database=plantdesk",
                        "profile.3.name=Sneaky",
                        "profile.3.host=db.plant.local",
                        "profile.3.database=plantdesk?sslmode=disable",
                        "profile.3.sslmode=require",
                        "profile.4.name=C:\\users\\amina",
                        ""));
        ProfileStore store = new ProfileStore(paths());
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("Good");
        assertThat(store.list().getFirst().environment()).isEqualTo(Environment.STAGING);
        assertThat(damagedCopies("profiles.properties")).isEqualTo(1);
    }

    @Test
    void aDatabaseNameCannotCarryUrlParametersAndConnectionsAreBuiltFromProperties() {
        assertThatThrownBy(() -> new ConnectionProfile(
                        "P", "db.plant.local", 5432, "plantdesk?sslmode=disable", "", null, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database name");
        assertThatThrownBy(() -> new ConnectionProfile(
                        "P", "db.plant.local/x?ssl=false", 5432, "plantdesk", "", null, null, false))
                .hasMessageContaining("host");
        assertThatThrownBy(
                        () -> new ConnectionProfile("P", "db.plant.local", 99999, "plantdesk", "", null, null, false))
                .hasMessageContaining("1 to 65535");
        var ds = new ConnectionProfile(
                        "P",
                        "db.plant.local",
                        6543,
                        "plantdesk",
                        "",
                        io.plantdesk.platform.db.SslMode.REQUIRE,
                        Environment.PRODUCTION,
                        false)
                .dataSource();
        assertThat(ds.getServerNames()).containsExactly("db.plant.local");
        assertThat(ds.getPortNumbers()).containsExactly(6543);
        assertThat(ds.getDatabaseName()).isEqualTo("plantdesk");
        assertThat(ds.getSslMode()).isEqualTo("require");
    }

    @Test
    void anUnknownEnvironmentIsRefusedNotTurnedIntoCustom() {
        assertThatThrownBy(() -> Environment.parse("prod"))
                .hasMessageContaining("\"prod\" is not one of dev, staging, production, custom");
        assertThat(Environment.parse(" Production ")).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void theEmbeddedPortVariableMustBeAPort() {
        assertThat(EmbeddedHolder.portFrom(null, 15432)).isEqualTo(15432);
        assertThat(EmbeddedHolder.portFrom("25432", 15432)).isEqualTo(25432);
        assertThatThrownBy(() -> EmbeddedHolder.portFrom("999999", 15432))
                .hasMessageContaining("PLANTDESK_EMBEDDED_PORT is \"999999\"")
                .hasMessageContaining("1024 to 65535");
        assertThatThrownBy(() -> EmbeddedHolder.portFrom("abc", 15432)).hasMessageContaining("not a port");
    }

    @Test
    void foldersAreCreatedPrivate() throws Exception {
        Path made = PrivateFiles.createDirectories(home.resolve("a/b/c"));
        for (Path p : new Path[] {home.resolve("a"), home.resolve("a/b"), made}) {
            assertThat(PrivateFiles.mode(p).orElseThrow() & 077).isZero();
        }
    }
}

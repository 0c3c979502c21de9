package io.plantdesk.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.config.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feature's keys live in the settings file beside the platform's, and neither write loses the other's. */
class SectionSettingsTest {

    @TempDir
    Path dir;

    private final SettingsSection shifts = new SettingsSection() {
        @Override
        public String name() {
            return "sewing";
        }

        @Override
        public Map<String, String> defaults() {
            return Map.of("board.columns", "4");
        }

        @Override
        public boolean valid(String key, String value) {
            return value.matches("[1-9]");
        }
    };

    @Test
    void aSectionSurvivesThePlatformsSaveAndThePlatformsKeysSurviveTheSections() throws Exception {
        SettingsStore store =
                new SettingsStore(new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")));
        store.save(AppSettings.defaults().withTheme("dark"));
        SectionSettings sewing = SectionSettings.load(shifts, store);
        assertThat(sewing.getInt("board.columns")).isEqualTo(4); // the default until one is stored

        sewing.put("board.columns", "6");
        store.save(store.load().withMode("floor"));
        assertThat(store.load().theme()).isEqualTo("dark");
        assertThat(store.load().mode()).isEqualTo("floor");
        assertThat(SectionSettings.load(shifts, store).get("board.columns")).isEqualTo("6");
        assertThat(Files.readString(dir.resolve("config/settings.properties"))).contains("sewing.board.columns=6");
    }

    @Test
    void undeclaredKeysAndInvalidValuesAreRefusedAndAHandEditedValueReadsAsTheDefault() throws Exception {
        SettingsStore store =
                new SettingsStore(new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")));
        SectionSettings sewing = SectionSettings.load(shifts, store);
        assertThatThrownBy(() -> sewing.get("colour")).hasMessageContaining("declares no key \"colour\"");
        assertThatThrownBy(() -> sewing.put("board.columns", "twelve"))
                .hasMessageContaining("not a valid sewing.board.columns");
        store.saveSectionValue("sewing", "board.columns", "0"); // as if edited by hand
        assertThat(SectionSettings.load(shifts, store).get("board.columns")).isEqualTo("4");
        assertThatThrownBy(() -> SectionSettings.none("fleet").get("anything"))
                .hasMessageContaining("\"fleet\" declares no key");
    }
}

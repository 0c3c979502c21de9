package io.plantdesk.migrations.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script-location setting: checked as typed without the disk, and for its layout when read. */
class ScriptSetTest {

    @Test
    void whatIsTypedIsCheckedWithoutTheDisk() {
        assertThat(ScriptSet.problemWith("", "")).isNull();
        assertThat(ScriptSet.problemWith("/srv/reports/sql", "")).isNull();
        assertThat(ScriptSet.problemWith("/srv/reports/sql", "reports_history")).isNull();
        assertThat(ScriptSet.problemWith("reports/sql", "")).isEqualTo("Give the folder's full path.");
        assertThat(ScriptSet.problemWith("/srv/reports/sql", "Reports History"))
                .startsWith("\"Reports History\" cannot be");
    }

    @Test
    void aFolderWithoutMigrationsIsRefusedWhenRead(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ScriptSet.of(dir.toString(), ""))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("has no migrations/ folder");
        Files.createDirectories(dir.resolve("migrations"));
        ScriptSet set = ScriptSet.of(dir.toString(), "");
        assertThat(set.historyTable()).isEqualTo(ScriptSet.CUSTOM_HISTORY_TABLE);
        assertThat(set.scripts()).isEmpty();
        assertThat(ScriptSet.of("", "").isPlantdesk()).isTrue();
    }
}

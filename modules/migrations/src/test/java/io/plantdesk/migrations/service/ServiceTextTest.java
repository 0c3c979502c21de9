package io.plantdesk.migrations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The migration service's sentences: keys with proper plurals, English on the command line, the person's language on screen. */
class ServiceTextTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void countsReadAsWordsNeverWithParentheses() {
        assertThat(ServiceText.of("drift.refused.hint", 1).english()).endsWith("lists 1 difference.");
        assertThat(ServiceText.of("drift.refused.hint", 3).english()).endsWith("lists 3 differences.");
        assertThat(ServiceText.of("repair.done", "staging", 0, 1, " (V5)").english())
                .isEqualTo("Repaired staging: 0 failed rows removed, 1 checksum realigned (V5).");
        assertThat(ServiceText.of("rollback.too.few", "dev", 1).english())
                .isEqualTo("dev has only 1 applied migration to roll back.");
        assertThat(ServiceText.of("run.lock", "dev", "5", "V5__x.sql", 200L, 1, "lock")
                        .english())
                .isEqualTo("dev: V5 (V5__x.sql) gave up waiting for a lock after 200 ms (lock).");
        assertThat(ServiceText.of("run.lock", "dev", "5", "V5__x.sql", 200L, 3, "lock")
                        .english())
                .contains("200 ms, 3 times (lock)");
        ResourceBundle b = ResourceBundle.getBundle(ServiceText.BUNDLE, Locale.ROOT);
        assertThat(b.keySet()).allSatisfy(k -> assertThat(b.getString(k)).doesNotContain("(s)"));
    }

    @Test
    void aRefusalIsEnglishForTheLogAndTheCommandLineButRenderedFromItsKeysOnScreen() {
        ConnectionProfile prod = new ConnectionProfile(
                "plant-prod", "db.example", 5432, "plantdesk", "", SslMode.VERIFY_FULL, Environment.PRODUCTION, false);
        assertThatThrownBy(() -> MigrationService.requireTypedName(prod, "nope"))
                .isInstanceOf(RefusedException.class)
                .hasMessage("plant-prod is production: type its name to confirm.");
        assertThat(MigrationService.dryRunText(prod, List.of()))
                .isEqualTo("-- plant-prod is already at this version: nothing would run.\n");

        Locale.setDefault(Messages.PSEUDO);
        assertThatThrownBy(() -> MigrationService.requireTypedName(prod, "nope"))
                .satisfies(e -> assertThat(ErrorText.of(e))
                        .startsWith("[plant-prod íš þŕöđüçţíöñ")
                        .doesNotContain("production"));
        assertThat(MigrationService.dryRunText(prod, List.of(), ErrorText::render))
                .startsWith("[-- plant-prod íš àĺŕéàđý");
    }
}

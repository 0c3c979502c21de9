package io.plantdesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.db.SchemaStatus;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.session.SchemaMismatchException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Bundle strings and platform errors in the person's language, and the pseudo-locale that shows which are not. */
class MessagesTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void thePseudoLocaleBracketsAndAccentsTheTextButNotTheArguments() {
        Locale.setDefault(Messages.PSEUDO);
        Messages m = Messages.of("io.plantdesk.ui.messages", MessagesTest.class);
        assertThat(m.get("dialog.cancel")).isEqualTo("[Çàñçéĺ]");
        assertThat(Messages.pseudo("{0} of {1} people")).isEqualTo("[{0} öƒ {1} þéöþĺé]");
        assertThat(new RoleNames().toString(AppRole.ADMIN)).isEqualTo("[Àđɱíñ]");
    }

    @Test
    void aPlatformErrorIsRenderedFromItsKeysWhileItsMessageStaysEnglish() {
        SchemaMismatchException e = new SchemaMismatchException(new SchemaStatus("23", "21", "22"));
        assertThat(e.getMessage()).isEqualTo("This Plantdesk is too old for this database.");
        assertThat(ErrorText.of(e)).isEqualTo(e.fullMessage());

        Locale.setDefault(Messages.PSEUDO);
        String shown = ErrorText.of(e);
        assertThat(shown)
                .startsWith("[Ţĥíš Þĺàñţđéšķ íš ţöö öĺđ")
                .contains("21", "23", "22")
                .doesNotContain("too old");
    }

    @Test
    void databaseErrorsCarryKeysSoTheyReadInThePersonsLanguage() {
        var wrong = DbErrors.translate(
                new PSQLException("password authentication failed", PSQLState.INVALID_PASSWORD), null);
        assertThat(wrong.getMessage()).isEqualTo("The user name or password is not right.");
        var down = DbErrors.unreachable(ConnectionProfile.demo(5432), null);

        Locale.setDefault(Messages.PSEUDO);
        assertThat(ErrorText.of(wrong)).startsWith("[Ţĥé üšéŕ ñàɱé").doesNotContain("password");
        assertThat(ErrorText.of(down)).startsWith("[Ţĥé ĺöçàĺ đàţàƀàšé").doesNotContain("running");
    }
}

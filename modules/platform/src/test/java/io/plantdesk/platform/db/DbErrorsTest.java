package io.plantdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.NewPerson;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/** Sentences, never raw constraint names; TLS failures are not network failures (issue 13). */
class DbErrorsTest {

    private static PSQLException server(String state, String message, String table, String constraint) {
        return new PSQLException(new ServerErrorMessage(
                "SERROR\0C" + state + "\0M" + message + "\0t" + table + "\0n" + constraint + "\0"));
    }

    @Test
    void constraintErrorsReadAsSentences() {
        var e = DbErrors.translate(
                server(
                        "23514",
                        "new row for relation \"tenant\" violates check constraint \"tenant_slug_check\"",
                        "tenant",
                        "tenant_slug_check"),
                null);
        assertThat(e.getMessage()).doesNotContain("tenant_slug_check").contains("short name");
        var unknown = DbErrors.translate(
                server(
                        "23514",
                        "new row for relation \"work_order\" violates check constraint \"work_order_due_check\"",
                        "work_order",
                        "work_order_due_check"),
                null);
        assertThat(unknown.getMessage()).doesNotContain("_check").contains("work order");
        // Plantdesk's own messages become their keys, with the server's words as arguments.
        var own = DbErrors.translate(server("23505", "login name \"amina\" is already taken", "", ""), null);
        assertThat(own.getMessage()).isEqualTo("The login name \"amina\" is already taken.");
        assertThat(own.messageText())
                .get()
                .extracting(io.plantdesk.platform.Text::key)
                .isEqualTo("sql.login.taken");
    }

    @Test
    void aTlsFailureIsNotANetworkFailure() {
        var profile = new ConnectionProfile(
                "Plant", "db.plant.local", 5432, "plantdesk", "", SslMode.REQUIRE, Environment.DEV, false);
        var noTls = DbErrors.translate(
                new PSQLException("The server does not support SSL.", PSQLState.CONNECTION_REJECTED), profile);
        assertThat(noTls.fullMessage()).contains("TLS").doesNotContain("cable");
        var cert = DbErrors.translate(
                new PSQLException(
                        "SSL error: PKIX path building failed",
                        PSQLState.CONNECTION_FAILURE,
                        new javax.net.ssl.SSLHandshakeException("PKIX path building failed")),
                profile);
        assertThat(cert.fullMessage()).contains("certificate").doesNotContain("cable");
    }

    @Test
    void longWaitsSayWhatTheyWaitedFor() {
        assertThat(DbErrors.translate(
                                new PSQLException(
                                        "canceling statement due to statement timeout", PSQLState.QUERY_CANCELED),
                                null)
                        .getMessage())
                .contains("ran longer than this login may");
        assertThat(DbErrors.translate(server("53300", "too many connections for role \"amina\"", "", ""), null)
                        .getMessage())
                .contains("This login already has");
    }

    @Test
    void reservedLoginNamesAreRefusedBeforeAnythingIsSent() {
        assertThat(NewPerson.loginProblems("none")).singleElement().asString().contains("reserves");
        assertThat(NewPerson.loginProblems("public")).isNotEmpty();
        assertThat(NewPerson.loginProblems("amina.rahman")).isEmpty();
    }
}

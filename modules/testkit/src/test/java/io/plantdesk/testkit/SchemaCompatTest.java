package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.session.LoginService;
import io.plantdesk.platform.session.SchemaMismatchException;
import io.plantdesk.platform.session.Session;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A floor PC keeps working through an additive migration it was not built for, and is told
 * clearly to update once a contract migration needs a newer Plantdesk.
 */
@ExtendWith(PostgresExtension.class)
class SchemaCompatTest {

    @Test
    void anOlderClientLogsInUntilAContractMigrationRequiresANewerOne(TestDatabase db) {
        UUID plant = db.createTenant("Compat plant");
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        String shipped = Migrator.shippedVersion();
        String oldest = db.jdbiAs(operator)
                .withHandle(h -> h.createQuery("select core.oldest_client()")
                        .mapTo(String.class)
                        .one());
        assertThat(Migrator.compareVersions(oldest, shipped)).isNegative(); // the compat script itself only adds

        // The server moves ahead by an additive migration this build does not know.
        String next = String.valueOf(Integer.parseInt(shipped.split("\\.")[0]) + 1);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into public.flyway_schema_history (installed_rank, version, description, "
                                + "type, script, checksum, installed_by, execution_time, success) select max(installed_rank) + 1, ?, 'newer', 'SQL', "
                                + "'V' || ? || '__core_newer.sql', 0, current_user, 1, true from public.flyway_schema_history",
                        next,
                        next));
        try (Session s = new LoginService().login(db.profile(), operator.login(), operator.passwordChars())) {
            assertThat(s.schemaVersion()).isEqualTo(next);
        }

        // Then a contract migration: clients built before it are told what to do.
        db.adminJdbi()
                .useHandle(h -> h.execute("select core.require_clients_from(?)", "V" + next + "__core_contract.sql"));
        assertThatThrownBy(() -> new LoginService().login(db.profile(), operator.login(), operator.passwordChars()))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessage("This Plantdesk is too old for this database.")
                .satisfies(e -> assertThat(((SchemaMismatchException) e).fullMessage())
                        .contains("built for " + next + " or newer"));

        assertThatThrownBy(() -> db.adminJdbi()
                        .useHandle(h -> h.execute("select core.require_clients_from('afterMigrate.sql')")))
                .hasMessageContaining("names no schema version");
        assertThatThrownBy(
                        () -> db.jdbiAs(operator).useHandle(h -> h.execute("select core.require_clients_from('99')")))
                .hasMessageContaining("permission denied");
    }
}

package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Any client keeps the audit log's partitions ahead, and can do nothing else with that right. */
@ExtendWith(PostgresExtension.class)
class PartitionMaintenanceTest {

    @Test
    void anOperatorsClientCreatesTheMissingMonthsAheadWithTheirPolicy(TestDatabase db) {
        UUID plant = db.createTenant("Partition plant");
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        String ahead = db.adminJdbi().withHandle(h -> h.createQuery(
                "select 'audit_log_y' || to_char(now() + interval '3 months', 'YYYY') || 'm' || to_char(now() + interval '3 months', 'MM')")
                .mapTo(String.class).one());
        db.adminJdbi().useHandle(h -> h.execute("drop table core." + ahead));
        String exists = "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'core' and c.relname = ? and c.relrowsecurity and c.relforcerowsecurity";
        java.util.function.IntSupplier present = () -> db.adminJdbi().withHandle(h -> h.select(exists, ahead).mapTo(Integer.class).one());
        assertThat(present.getAsInt()).isZero();

        RollupRunner client = new RollupRunner(db.jdbiAs(operator));
        assertThat(client.maintainPartitions()).isEqualTo(1);
        assertThat(present.getAsInt()).isEqualTo(1);
        assertThat(client.maintainPartitions()).isZero();

        // The right is to this one function, not to partitioning in general.
        assertThatThrownBy(() -> db.jdbiAs(operator).useHandle(h ->
                h.execute("select core.ensure_month_partitions('core.audit_log', 0, 12)"))).hasMessageContaining("permission denied");
    }
}

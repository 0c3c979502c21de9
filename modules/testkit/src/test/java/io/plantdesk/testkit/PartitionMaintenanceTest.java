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
        String ahead = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select 'audit_log_y' || to_char(now() + interval '3 months', 'YYYY') || 'm' || to_char(now() + interval '3 months', 'MM')")
                        .mapTo(String.class)
                        .one());
        db.adminJdbi().useHandle(h -> h.execute("drop table core." + ahead));
        String exists = "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'core' and c.relname = ? and c.relrowsecurity and c.relforcerowsecurity";
        java.util.function.IntSupplier present = () -> db.adminJdbi()
                .withHandle(h -> h.select(exists, ahead).mapTo(Integer.class).one());
        assertThat(present.getAsInt()).isZero();

        RollupRunner client = new RollupRunner(db.jdbiAs(operator));
        assertThat(client.maintainPartitions()).isEqualTo(1);
        assertThat(present.getAsInt()).isEqualTo(1);
        assertThat(client.maintainPartitions()).isZero();

        // The right is to this one function, not to partitioning in general.
        assertThatThrownBy(() -> db.jdbiAs(operator)
                        .useHandle(h -> h.execute("select core.ensure_month_partitions('core.audit_log', 0, 12)")))
                .hasMessageContaining("permission denied");
    }

    /**
     * A feature's own partitioned table joins the upkeep by one line in its migration: the
     * registry, not an edit of core.maintain_partitions().
     */
    @Test
    void aRegisteredFeatureTableIsKeptAheadTooAndOnlyPartitionedTablesAreAccepted(TestDatabase db) {
        UUID plant = db.createTenant("Scans plant");
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        db.adminJdbi().useHandle(h -> {
            h.execute("create schema scans authorization plantdesk_owner");
            h.execute("create table scans.event (tenant_id uuid not null, id uuid not null, at timestamptz not null, "
                    + "primary key (tenant_id, id, at)) partition by range (at)");
            h.execute("alter table scans.event owner to plantdesk_owner");
            h.execute("select core.register_partitioned_table('scans.event', 'scans', 2)");
        });
        String count = "select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                + "where i.inhparent = 'scans.event'::regclass and c.relrowsecurity and c.relforcerowsecurity";
        java.util.function.IntSupplier partitions = () -> db.adminJdbi()
                .withHandle(h -> h.createQuery(count).mapTo(Integer.class).one());
        assertThat(partitions.getAsInt()).isEqualTo(3); // this month and two ahead, each with the forced policy

        String ahead = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select 'event_y' || to_char(now() + interval '2 months', 'YYYY') || 'm' || to_char(now() + interval '2 months', 'MM')")
                        .mapTo(String.class)
                        .one());
        db.adminJdbi().useHandle(h -> h.execute("drop table scans." + ahead));
        assertThat(new RollupRunner(db.jdbiAs(operator)).maintainPartitions()).isEqualTo(1);
        assertThat(partitions.getAsInt()).isEqualTo(3);
        String registry = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select array_agg(table_name order by table_name)::text from core.partitioned_table")
                        .mapTo(String.class)
                        .one());
        assertThat(registry)
                .contains("core.audit_log", "scans.event"); // beside the features' own (fleet.vehicle_event, ...)

        assertThatThrownBy(() -> db.adminJdbi()
                        .useHandle(h -> h.execute("select core.register_partitioned_table('core.tenant', 'core')")))
                .hasMessageContaining("core.tenant is not a partitioned table");
    }
}

package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.RollbackLog;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The drift report sees what a DBA cares about beyond columns and indexes (issue 12): ownership,
 * grants, a disabled trigger, RLS, storage parameters, collations, an index on a partition,
 * comments; a changed function as a unified diff; environment against environment; and rollback
 * records. Environments on the server a subclass names (PostgreSQL 18 or 15).
 */
abstract class DriftCoverageTestBase {

    private final TrackerEnvironments envs;

    DriftCoverageTestBase(TestCluster cluster) {
        this.envs = new TrackerEnvironments(cluster);
    }

    @AfterEach
    void dropThem() {
        envs.dropAll();
    }

    @Test
    void whatAHandSeldomLeavesVisibleIsReported() {
        ConnectionProfile dev = envs.create("dev", Environment.DEV);
        MigrationService svc = envs.service(ScriptSet.plantdesk(), dev);
        svc.migrate(dev, null, null, MigrationProgress.NONE);
        assertThat(svc.drift(dev).isClean()).as(svc.drift(dev).text()).isTrue();

        String stranger = envs.cluster.uniqueLogin("stranger");
        envs.cluster.execute("postgres", "create role " + stranger + " nologin");
        try {
            envs.sql(
                    dev,
                    "alter table core.person disable trigger audit_row",
                    "alter table core.tenant owner to " + stranger,
                    "grant select on core.person to public",
                    "alter table core.tenant alter column name type text collate \"POSIX\"",
                    "create index audit_default_by_hand on core.audit_log_default (actor)",
                    "alter table core.person set (fillfactor = 70)",
                    "comment on table core.person is 'people, by hand'",
                    "alter table core.person no force row level security",
                    "create or replace function core.current_tenant() returns uuid language sql stable security definer "
                            + "set search_path = pg_catalog, pg_temp as $$\n"
                            + "    select p.tenant_id from core.person p where p.login_role = session_user\n$$");
            DriftReport r = svc.drift(dev);
            assertThat(r.differences())
                    .extracting(d -> d.change() + " " + d.kind() + " " + d.name())
                    .contains(
                            "CHANGED trigger core.person.audit_row",
                            "CHANGED owner table core.tenant",
                            "CHANGED grant table core.person",
                            "CHANGED column core.tenant.name",
                            "EXTRA index core.audit_default_by_hand",
                            "CHANGED table core.person",
                            "EXTRA comment table core.person",
                            "CHANGED function core.current_tenant()");
            assertThat(r.text())
                    .contains("DISABLED", "PUBLIC:SELECT", "collate", "fillfactor=70", "people, by hand")
                    .contains(
                            "-    select p.tenant_id from core.person p where p.login_role = session_user and p.active",
                            "+    select p.tenant_id from core.person p where p.login_role = session_user",
                            "@@ ");
            assertThat(r.differences())
                    .filteredOn(d -> d.name().equals("core.person") && d.kind().equals("table"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.expected()).contains("forced"));
        } finally {
            envs.dropAll();
            envs.cluster.execute("postgres", "drop role " + stranger);
        }
    }

    @Test
    void twoEnvironmentsAreComparedAndARollbackLeavesARecord() {
        ConnectionProfile staging = envs.create("staging", Environment.STAGING);
        ConnectionProfile production = envs.create("production", Environment.PRODUCTION);
        MigrationService svc = envs.service(ScriptSet.plantdesk(), staging, production);
        svc.migrate(staging, null, null, MigrationProgress.NONE);
        svc.migrate(production, null, "production", MigrationProgress.NONE);
        assertThat(svc.compare(staging, production).isClean()).isTrue();

        envs.sql(production, "create index person_phone_by_hand on core.person (phone)");
        DriftReport r = svc.compare(staging, production);
        assertThat(r.text())
                .startsWith("1 difference from staging")
                .contains("extra   index core.person_phone_by_hand");

        assertThat(svc.rollback(staging, 2, null, "V-next needs a new column order", MigrationProgress.NONE))
                .hasSize(2);
        assertThat(svc.rollbacks(staging))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.reason()).isEqualTo("V-next needs a new column order");
                    assertThat(e.by()).isNotBlank();
                    assertThat(e.script()).startsWith("U");
                })
                .extracting(RollbackLog.Entry::version)
                .containsExactly(
                        svc.newestVersion(),
                        svc.scripts().get(svc.scripts().size() - 2).version());
        assertThat(svc.rollbacks(production)).isEmpty();
        assertThat(svc.drift(staging).isClean())
                .as("the log is the tracker's own table")
                .isTrue();
    }

    @Test
    void theNewestVersionIsComparedWithItsGoldenSnapshotWithoutAScratchDatabase() {
        ConnectionProfile dev = envs.create("dev", Environment.DEV);
        envs.service(ScriptSet.plantdesk(), dev).migrate(dev, null, null, MigrationProgress.NONE);
        MigrationService noScratch = new MigrationService(
                ScriptSet.plantdesk(),
                java.util.List.of(dev),
                envs::admin,
                new io.plantdesk.migrations.service.ScratchServer() {
                    @Override
                    public javax.sql.DataSource create(String database) {
                        throw new AssertionError("the golden snapshot needs no scratch database");
                    }

                    @Override
                    public void drop(String database) {}
                });
        assertThat(noScratch.golden(noScratch.newestVersion()))
                .as("sql/baseline has the newest version")
                .isPresent();
        DriftReport r = noScratch.drift(dev);
        assertThat(r.isClean()).as(r.text()).isTrue();
        envs.sql(dev, "alter table core.person disable trigger audit_row");
        assertThat(noScratch.drift(dev).text()).contains("changed trigger core.person.audit_row");
    }

    @Test
    void aRehearsalRunsThePendingScriptsOnAFaithfulScratchCopyAndChangesNothingThere() {
        ConnectionProfile prod = envs.create("production", Environment.DEV);
        MigrationService svc = envs.service(ScriptSet.plantdesk(), prod);
        svc.migrate(prod, "5", null, MigrationProgress.NONE);
        io.plantdesk.migrations.service.Rehearsal r = svc.rehearse(prod, null);
        assertThat(r.passed())
                .as(r.failure() == null ? r.drift().text() : r.failure().fullMessage())
                .isTrue();
        assertThat(r.from()).isEqualTo("5");
        assertThat(r.applied()).hasSize(svc.scripts().size() - 5).first().isEqualTo("6");
        assertThat(svc.history(prod).currentVersion())
                .as("the rehearsal changed nothing there")
                .isEqualTo("5");

        envs.sql(prod, "create index person_phone_by_hand on core.person (phone)");
        io.plantdesk.migrations.service.Rehearsal drifted = svc.rehearse(prod, null);
        assertThat(drifted.passed()).isFalse();
        assertThat(drifted.applied()).isEmpty();
        assertThat(drifted.drift().text()).contains("extra   index core.person_phone_by_hand");
    }
}

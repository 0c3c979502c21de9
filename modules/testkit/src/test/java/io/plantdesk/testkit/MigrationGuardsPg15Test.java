package io.plantdesk.testkit;

/** The migrate guards and runner with the environments on PostgreSQL 15. */
class MigrationGuardsPg15Test extends MigrationGuardsTestBase {

    MigrationGuardsPg15Test() {
        super(TestCluster.pg15());
    }
}

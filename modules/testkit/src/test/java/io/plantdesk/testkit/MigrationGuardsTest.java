package io.plantdesk.testkit;

/** The migrate guards and runner on the bundled PostgreSQL 18. */
class MigrationGuardsTest extends MigrationGuardsTestBase {

    MigrationGuardsTest() {
        super(TestCluster.get());
    }
}

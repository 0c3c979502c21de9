package io.plantdesk.testkit;

/** The tracker's scenarios with the environments on the bundled PostgreSQL 18. */
class MigrationEnvironmentsTest extends MigrationEnvironmentsTestBase {

    MigrationEnvironmentsTest() {
        super(TestCluster.get());
    }
}

package io.plantdesk.testkit;

/** What the drift report sees, on the bundled PostgreSQL 18. */
class DriftCoverageTest extends DriftCoverageTestBase {

    DriftCoverageTest() {
        super(TestCluster.get());
    }
}

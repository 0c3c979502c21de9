package io.plantdesk.testkit;

/** What the drift report sees, with the environments on PostgreSQL 15. */
class DriftCoveragePg15Test extends DriftCoverageTestBase {

    DriftCoveragePg15Test() {
        super(TestCluster.pg15());
    }
}

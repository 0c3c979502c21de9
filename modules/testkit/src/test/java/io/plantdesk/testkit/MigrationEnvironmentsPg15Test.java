package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tracker's scenarios with the environments on PostgreSQL 15 and the scratch databases on
 * the bundled 18: what a plant with a PostgreSQL 15 server gets (issue 12, bug 1).
 */
class MigrationEnvironmentsPg15Test extends MigrationEnvironmentsTestBase {

    MigrationEnvironmentsPg15Test() {
        super(TestCluster.pg15());
    }

    @Test
    void theEnvironmentsRunOnPostgres15AndTheScratchOn18() {
        assertThat(TestCluster.pg15().majorVersion()).isEqualTo(15);
        assertThat(TestCluster.get().majorVersion()).isGreaterThanOrEqualTo(16);
    }
}

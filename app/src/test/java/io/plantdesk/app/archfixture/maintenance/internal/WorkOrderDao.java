package io.plantdesk.app.archfixture.maintenance.internal;

/** Fixture for FeatureRulesTest: a feature's inside. */
public final class WorkOrderDao {
    public void insert(String machine) {
        // nothing: a fixture
    }
}

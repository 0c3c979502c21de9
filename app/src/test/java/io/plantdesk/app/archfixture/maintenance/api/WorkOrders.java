package io.plantdesk.app.archfixture.maintenance.api;

/** Fixture for FeatureRulesTest: a feature's api. */
public interface WorkOrders {
    void open(String machine);
}

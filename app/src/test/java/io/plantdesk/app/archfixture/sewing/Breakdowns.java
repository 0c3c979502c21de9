package io.plantdesk.app.archfixture.sewing;

import io.plantdesk.app.archfixture.maintenance.api.WorkOrders;

/** Fixture for FeatureRulesTest: a machine breakdown opens a work order through the api. */
public final class Breakdowns {
    void reported(WorkOrders orders) {
        orders.open("M-12");
    }
}

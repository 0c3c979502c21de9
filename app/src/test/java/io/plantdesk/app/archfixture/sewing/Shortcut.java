package io.plantdesk.app.archfixture.sewing;

import io.plantdesk.app.archfixture.maintenance.internal.WorkOrderDao;

/** Fixture for FeatureRulesTest: the shortcut the rule forbids. */
public final class Shortcut {
    void reported() {
        new WorkOrderDao().insert("M-12");
    }
}

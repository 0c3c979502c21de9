package io.plantdesk.ui.feature;

import io.plantdesk.platform.rollup.RollupJobSpec;
import io.plantdesk.platform.people.AppRole;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A screen of Plantdesk's sidebar. Each feature module registers its implementation in
 * {@code META-INF/services/io.plantdesk.ui.feature.Feature}; the shell finds it with ServiceLoader
 * and shows it to the roles it allows. The implementation wires its own DAO, service, view model
 * and view from the {@link FeatureContext} when the person first opens it.
 */
public interface Feature {

    /** Stable id, e.g. "people"; also the key of its sidebar entry. */
    String id();

    /** Sidebar title, from the feature's resource bundle. */
    String title();

    Ikon icon();

    /** Sidebar order: lower first. */
    int order();

    /** Roles that may open it; empty means everyone. */
    Set<AppRole> allowedRoles();

    /** Builds the feature's view for the logged-in person. Called on the FX thread; must not block. */
    Node createView(FeatureContext context);

    /** Rollups this feature contributes to the scheduler. */
    default List<RollupJobSpec> rollupJobs() {
        return List.of();
    }

    default boolean allows(AppRole role) {
        return allowedRoles().isEmpty() || allowedRoles().contains(role);
    }
}

package io.plantdesk.ui.feature;

import io.plantdesk.platform.people.AppRole;
import java.util.List;
import java.util.Set;
import org.kordamp.ikonli.Ikon;

/**
 * A screen of Plantdesk's sidebar. Each feature module registers its implementation in
 * {@code META-INF/services/io.plantdesk.ui.feature.Feature}; the shell finds it with ServiceLoader
 * and shows it to the roles it allows. The implementation wires its own DAO, service, view model
 * and view from the {@link FeatureContext} when the person first opens it.
 *
 * <p>The other contribution points of a feature module, each found through ServiceLoader too:
 * {@code io.plantdesk.platform.demo.DemoSeed} (its part of the demo plant),
 * {@code io.plantdesk.platform.cli.CliContribution} (subcommands of {@code plantdesk}),
 * {@code io.plantdesk.platform.settings.SettingsSection} (its keys in the settings file),
 * {@code io.plantdesk.platform.bench.BenchScenario} and {@code ScaleGenerator} (modules/bench),
 * and, in SQL, {@code core.register_partitioned_table} and {@code core.rollup_job}. The recipe is
 * docs/adding-a-feature.md.
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

    /**
     * Builds the feature's screen for the logged-in person, with its lifecycle (see
     * {@link FeatureView}: a screen with timers or live-refresh subscriptions pauses them while
     * hidden). Called on the FX thread the first time the person opens it; must not block.
     */
    FeatureView open(FeatureContext context);

    /**
     * True for the admin screens that work beyond this session's database (other environments, the
     * installation's profiles): only then does {@link FeatureContext#crossEnvironment()} hold them.
     */
    default boolean worksAcrossEnvironments() {
        return false;
    }

    /**
     * The feature's own stylesheets (URLs, e.g. {@code getClass().getResource("activity.css").toExternalForm()}),
     * added to the window once at login so that its views and dialogs find their classes; the
     * shared look stays in ui-kit's plantdesk.css.
     */
    default List<String> stylesheets() {
        return List.of();
    }

    default boolean allows(AppRole role) {
        return allowedRoles().isEmpty() || allowedRoles().contains(role);
    }
}

package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A feature's context whose connections go through a {@link TcpProxy} (as RegisterOfflineFxTest
 * in fleet does), so a test can cut the network between typing and Save; and the check that a
 * refusal reads as plant words, not the driver's.
 */
final class OfflineContext {

    private OfflineContext() {}

    /**
     * Opens the feature on the stage at 1280x728 as that person, its connections through the proxy
     * (the network restored first), after hiding windows an earlier test class left open: they
     * would answer this test's lookups first.
     */
    static FeatureView show(
            Stage stage,
            Feature feature,
            String section,
            TcpProxy net,
            TestDatabase db,
            TestUser who,
            FxTaskRunner tasks,
            List<Throwable> errors) {
        Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        net.restore();
        FeatureView view = feature.open(through(
                net,
                db,
                who,
                FeatureFixture.context(db, who, tasks, new LiveRefresh(), SectionSettings.none(section), errors::add)));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
        return view;
    }

    static FeatureContext through(TcpProxy net, TestDatabase db, TestUser who, FeatureContext c) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + net.port() + "/" + db.name());
        ds.setUser(who.login());
        ds.setPassword(who.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        Jdbi jdbi = Database.jdbiFor(ds);
        return new FeatureContext(
                jdbi,
                c.person(),
                c.tasks(),
                c.ids(),
                c.clock(),
                c.mode(),
                c.live(),
                c.rollups(),
                c.errors(),
                c.settings(),
                c.crossEnvironment(),
                c.floorSync());
    }

    /** No SQL, driver or exception text, no login role, schema or table name, no address. */
    static void assertPlantWords(String sentence, TestUser who) {
        assertThat(sentence)
                .as("a sentence for people, not the driver's: %s", sentence)
                .doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("i/o error")
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("connection attempt")
                .doesNotContainIgnoringCase("maint.")
                .doesNotContainIgnoringCase("127.0.0.1")
                .doesNotContainIgnoringCase("null")
                .doesNotContain(who.login());
    }
}

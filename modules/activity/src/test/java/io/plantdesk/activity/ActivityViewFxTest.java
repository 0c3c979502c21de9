package io.plantdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.ui.ActivityFeature;
import io.plantdesk.activity.ui.ActivityView;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Activity screen on its own (no app, no login): the module's UI test through the testkit's
 * fixture. Bars per day, a click lists that day's changes and marks its bar; hidden, it ignores
 * live changes and catches up when shown.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class ActivityViewFxTest {

    static TestDatabase db;
    static TestUser admin;
    static FxTaskRunner tasks;
    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Screen plant");
        admin = db.createUser(plant, AppRole.ADMIN);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "select ?, now() - make_interval(days => d), 'core.person', 's', 'UPDATE', ? from generate_series(1, 12) d",
                        plant,
                        admin.login()));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        var dir = Files.createTempDirectory("pd-activity-fx");
        SettingsStore store =
                new SettingsStore(new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")));
        view = new ActivityFeature()
                .open(FeatureFixture.context(
                        db, admin, tasks, live, SectionSettings.load(new ActivitySettings(), store), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1100, 760));
        view.shown();
        stage.show();
    }

    @Test
    void barsPerDayAClickListsItsChangesAndAHiddenScreenCatchesUpWhenShown(FxRobot robot) throws Exception {
        FxWait.until(() -> !robot.lookup("#activityChart")
                .queryAs(BarChart.class)
                .getData()
                .isEmpty());
        BarChart<?, ?> chart = robot.lookup("#activityChart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getData()).hasSizeGreaterThanOrEqualTo(12);
        Node lastBar = chart.getData().getFirst().getData().getLast().getNode();
        robot.clickOn(lastBar);
        FxWait.until(() -> !robot.lookup("#activityEntries")
                .queryAs(TableView.class)
                .getItems()
                .isEmpty());
        FxWait.until(() -> lastBar.getStyleClass().contains(ActivityView.SELECTED));

        // Every day of the range has its bar (zero where nothing changed), so a change shows as a higher total.
        long before = total(chart);
        robot.interact(view::hidden);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "values (?, now() - interval '20 days', 'core.person', 's', 'UPDATE', ?)",
                        admin.tenantId(),
                        admin.login()));
        robot.interact(() -> live.fire(Set.of("audit")));
        Thread.sleep(500);
        robot.interact(() -> {});
        assertThat(total(chart)).isEqualTo(before); // hidden: not reloaded
        robot.interact(view::shown);
        FxWait.until(() -> total(chart) == before + 1);
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
        assertThat(live.size()).isZero();
    }

    private static long total(BarChart<?, ?> chart) {
        return chart.getData().getFirst().getData().stream()
                .mapToLong(d -> ((Number) d.getYValue()).longValue())
                .sum();
    }
}

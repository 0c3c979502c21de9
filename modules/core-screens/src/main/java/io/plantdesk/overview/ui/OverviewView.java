package io.plantdesk.overview.ui;

import io.plantdesk.overview.OverviewService.Facts;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.i18n.RoleNames;
import io.plantdesk.ui.widgets.KpiTile;
import io.plantdesk.ui.widgets.StateView;
import java.util.concurrent.Callable;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** KPI cards of the plant, loaded off the FX thread with loading and error states. */
public final class OverviewView {

    private final Messages m;
    private final TaskRunner tasks;
    private final Callable<Facts> load;
    private final String me;
    private final AppRole role;
    private final FlowPane cards = new FlowPane(16, 16);
    private StateView states;

    public OverviewView(Messages m, TaskRunner tasks, Callable<Facts> load, String me, AppRole role) {
        this.m = m;
        this.tasks = tasks;
        this.load = load;
        this.me = me;
        this.role = role;
    }

    public Node build() {
        cards.setId("overviewCards");
        cards.setRowValignment(VPos.TOP); // tiles of a row line up at the top when one label wraps
        Label title = new Label(m.get("overview.title"));
        title.getStyleClass().add("page-title");
        Label hello = new Label(m.get("overview.hello", me, new RoleNames().toString(role)));
        hello.getStyleClass().add("text-muted");
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(new VBox(4, title, hello), spacer, reload);
        header.getStyleClass().add("page-header");
        states = new StateView(cards);
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        refresh();
        return root;
    }

    private void refresh() {
        states.showLoading(m.get("overview.loading"));
        tasks.run(
                "overview",
                load,
                this::show,
                e -> states.showError(m.get("overview.error"), ErrorText.of(e), m.get("retry"), this::refresh));
    }

    private void show(Facts f) {
        cards.getChildren().clear();
        cards.getChildren()
                .add(new KpiTile("kpi-people", String.valueOf(f.activePeople()), m.get("overview.people", f.plant())));
        for (AppRole r : AppRole.values()) {
            cards.getChildren()
                    .add(new KpiTile(
                            "kpi-" + r.dbValue(),
                            String.valueOf(f.activePeopleByRole().get(r)),
                            m.get("overview.role." + r.dbValue())));
        }
        if (f.inactivePeople() > 0) {
            cards.getChildren()
                    .add(new KpiTile("kpi-inactive", String.valueOf(f.inactivePeople()), m.get("overview.inactive")));
        }
        f.changesLastWeek()
                .ifPresent(c -> cards.getChildren()
                        .add(new KpiTile("kpi-changes", String.valueOf(c), m.get("overview.changes"))));
        states.showContent();
    }
}

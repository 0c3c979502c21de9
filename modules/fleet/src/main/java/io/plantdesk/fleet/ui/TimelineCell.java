package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.ui.i18n.Messages;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A row of a vehicle's timeline: a month's heading with its cost, or an event on two lines and
 * more (the day and the cost; what happened, wrapped whole; a reading's flag; where; photos). The
 * list asks for the next page when its last row shows.
 */
final class TimelineCell extends ListCell<TimelineRow> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final double PHOTO_ROW = 40;
    private final Messages m;
    private final FleetViewModel vm;

    TimelineCell(Messages m, FleetViewModel vm) {
        this.m = m;
        this.vm = vm;
        // As wide as the list, never wider: the description gives way (ellipsis), the cost stays in view.
        setPrefWidth(0);
    }

    /** As tall as its lines wrapped at the list's width (the list asks with that width). */
    @Override
    protected double computePrefHeight(double width) {
        Node g = getGraphic();
        if (g == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        return in.getTop() + g.prefHeight(width - in.getLeft() - in.getRight()) + in.getBottom();
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("fleet-month", "fleet-event", "fleet-review");
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (getIndex() == getListView().getItems().size() - 1) {
            vm.loadMore();
        }
        setText(null);
        switch (row) {
            case TimelineRow.Month h -> {
                getStyleClass().add("fleet-month");
                Label title = new Label(MONTH.format(h.month()));
                title.setMinWidth(Region.USE_PREF_SIZE);
                Label total = new Label(FleetView.money(h.cost()));
                total.setMinWidth(Region.USE_PREF_SIZE);
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                setGraphic(new HBox(8, title, grow, total));
            }
            case TimelineRow.Event ev -> {
                VehicleEvent e = ev.event();
                getStyleClass().add("fleet-event");
                FontIcon icon = new FontIcon(icon(e.kind()));
                icon.getStyleClass().add("fleet-icon");
                Label day = new Label(DAY.format(e.occurredAt().atZoneSameInstant(vm.zone())));
                day.setMinWidth(Region.USE_PREF_SIZE);
                Label cost = new Label(FleetView.money(e.cost()));
                cost.setMinWidth(Region.USE_PREF_SIZE);
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox line = new HBox(10, icon, day, grow, cost);
                // The pane is a third of the window (less in Floor type): the day and the cost on
                // the first line, what happened under them, whole (wrapped, never cut short).
                Label what = wrapped(what(e));
                VBox rows = new VBox(2, line, what);
                if (e.needsReview()) {
                    getStyleClass().add("fleet-review");
                    Label flag = wrapped(m.get("review." + e.odometerReview()));
                    flag.getStyleClass().add("fleet-flag");
                    rows.getChildren().add(flag);
                }
                var thumbs = vm.photos() == null
                        ? List.<EventPhotos.Thumb>of()
                        : vm.photos().of(e.id());
                // Where it happened on a line of its own.
                if (e.place() != null && !e.place().isBlank()) {
                    FontIcon pin = new FontIcon(Material2MZ.PLACE);
                    pin.getStyleClass().add("fleet-icon");
                    Label where = new Label(m.get("timeline.place", e.place()), pin);
                    where.setId("fleetPlace");
                    where.getStyleClass().add("text-muted");
                    where.setMinWidth(0);
                    where.setWrapText(true);
                    rows.getChildren().add(where);
                }
                if (!thumbs.isEmpty()) {
                    rows.getChildren().add(new PhotoViews(m, vm.photos()).strip(thumbs, PHOTO_ROW));
                }
                setGraphic(rows);
            }
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private String what(VehicleEvent e) {
        String kind = m.get("kind." + e.kind().dbValue());
        if (e.kind() == EventKind.FUEL && e.quantity() != null) {
            kind = m.get(
                    "timeline.fuel",
                    e.quantity().stripTrailingZeros().toPlainString(),
                    m.get("unit." + e.quantityUnit()),
                    m.get(Boolean.TRUE.equals(e.filledToFull()) ? "timeline.full" : "timeline.partial"));
        }
        String text = e.description() == null
                ? ""
                : e.description().lines().findFirst().orElse("");
        String what = text.isEmpty() ? kind : m.get("timeline.what", kind, text);
        if (e.odometer() == null) {
            return what;
        }
        return what
                + " · "
                + m.get(
                        "timeline.odometer",
                        e.odometer().setScale(0, RoundingMode.HALF_UP).longValue(),
                        m.get("odometer." + vm.vehicleProperty().get().odometerUnit()));
    }

    static Ikon icon(EventKind k) {
        return switch (k) {
            case FUEL -> Material2AL.LOCAL_GAS_STATION;
            case MAINTENANCE -> Material2AL.BUILD;
            case REPAIR -> Material2AL.HANDYMAN;
            case DAMAGE -> Material2MZ.REPORT_PROBLEM;
            case INSPECTION -> Material2AL.FACT_CHECK;
            case ODOMETER -> Material2MZ.SPEED;
            case TAX_FEE -> Material2MZ.RECEIPT;
            case NOTE -> Material2MZ.NOTES;
        };
    }
}

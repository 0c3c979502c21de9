package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventDraft;
import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.EventService;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.Revision;
import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Fleet screen's state: the overview, the chosen vehicle's timeline (newest first, grouped by
 * month, loaded a page at a time as the list scrolls), its kind filter, the deleted events, and the
 * commands that save, delete and restore. All I/O through the TaskRunner.
 */
public final class FleetViewModel {

    static final int PAGE = 200;

    private final FleetService fleet;
    private final EventService events;
    private final TaskRunner tasks;
    private final EventPhotos photos;
    private final LoadState overviewLoad = new LoadState();
    private final LoadState timelineLoad = new LoadState();
    private final ObservableList<VehicleOverview> vehicles = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<VehicleOverview> vehicle = new SimpleObjectProperty<>();
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty deleted = new SimpleBooleanProperty();
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    /** The plant's zone for month headings; FX thread only. */
    private ZoneId zone = ZoneId.systemDefault();
    private VehicleEvent lastLoaded;
    private boolean complete;
    private boolean loadingMore;

    public FleetViewModel(FleetService fleet, EventService events, TaskRunner tasks) {
        this(fleet, events, null, tasks);
    }

    /** With {@code photos} (null: none shown), the timeline's events get their thumbnails. */
    public FleetViewModel(FleetService fleet, EventService events, EventPhotos photos, TaskRunner tasks) {
        this.fleet = fleet;
        this.events = events;
        this.photos = photos;
        this.tasks = tasks;
        // No vehicle chosen yet: the timeline says so instead of spinning (a LoadState starts as loading).
        timelineLoad.loaded(true);
        vehicle.addListener((o, a, b) -> reloadTimeline());
        kind.addListener((o, a, b) -> reloadTimeline());
        deleted.addListener((o, a, b) -> reloadTimeline());
    }

    private record Overview(ZoneId zone, List<VehicleOverview> vehicles) {
    }

    public void refresh() {
        if (vehicles.isEmpty()) {
            overviewLoad.loading();
        }
        tasks.latest("fleet.overview", () -> new Overview(fleet.plantZone(), fleet.overview()), o -> {
            zone = o.zone();
            var chosen = vehicle.get();
            vehicles.setAll(o.vehicles());
            overviewLoad.loaded(o.vehicles().isEmpty());
            if (chosen != null) {
                vehicle.set(o.vehicles().stream().filter(v -> v.id().equals(chosen.id())).findFirst().orElse(null));
                reloadTimeline();
            }
        }, overviewLoad::failed);
    }

    void reloadTimeline() {
        timeline.clear();
        lastLoaded = null;
        complete = false;
        loadingMore = false;
        if (vehicle.get() == null) {
            timelineLoad.loaded(true);
            return;
        }
        timelineLoad.loading();
        loadMore();
    }

    /** The next older page; the list calls it when its last row comes into view. */
    public void loadMore() {
        VehicleOverview v = vehicle.get();
        if (v == null || complete || loadingMore) {
            return;
        }
        loadingMore = true;
        VehicleEvent after = lastLoaded;
        Set<EventKind> kinds = kind.get() == null ? Set.of() : Set.of(kind.get());
        boolean gone = deleted.get();
        tasks.latest("fleet.timeline", () -> events.timeline(v.id(), after, kinds, gone, PAGE), page -> {
            loadingMore = false;
            complete = page.size() < PAGE;
            append(page);
            timelineLoad.loaded(timeline.isEmpty());
        }, e -> {
            loadingMore = false;
            timelineLoad.failed(e);
        });
    }

    private void append(List<VehicleEvent> page) {
        List<TimelineRow> rows = new ArrayList<>();
        YearMonth current = null;
        int headerAt = -1;
        if (!timeline.isEmpty() && lastLoaded != null) {
            current = YearMonth.from(lastLoaded.occurredAt().atZoneSameInstant(zone));
        }
        BigDecimal monthCost = BigDecimal.ZERO;
        for (VehicleEvent e : page) {
            YearMonth m = YearMonth.from(e.occurredAt().atZoneSameInstant(zone));
            if (!m.equals(current)) {
                if (headerAt >= 0) {
                    rows.set(headerAt, new TimelineRow.Month(current, monthCost));
                } else if (current != null) {
                    addToLastHeader(monthCost);
                }
                current = m;
                monthCost = BigDecimal.ZERO;
                headerAt = rows.size();
                rows.add(new TimelineRow.Month(m, BigDecimal.ZERO));
            }
            monthCost = monthCost.add(e.cost() == null ? BigDecimal.ZERO : e.cost());
            rows.add(new TimelineRow.Event(e));
        }
        if (headerAt >= 0) {
            rows.set(headerAt, new TimelineRow.Month(current, monthCost));
        } else if (current != null) {
            addToLastHeader(monthCost);
        }
        if (!page.isEmpty()) {
            lastLoaded = page.getLast();
        }
        timeline.addAll(rows);
        if (photos != null) {
            photos.load(page.stream().map(VehicleEvent::id).toList(), this::redraw, this::fail);
        }
    }

    /** Shows the thumbnails that have arrived for these events (their rows are drawn again). */
    private void redraw(java.util.Collection<java.util.UUID> eventIds) {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i) instanceof TimelineRow.Event e && eventIds.contains(e.event().id())) {
                timeline.set(i, new TimelineRow.Event(e.event()));
            }
        }
    }

    /** The photos of the timeline, or null when this screen shows none. */
    EventPhotos photos() {
        return photos;
    }

    /** A page that continues the month loaded last adds its cost to that month's heading. */
    private void addToLastHeader(BigDecimal more) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i) instanceof TimelineRow.Month m) {
                timeline.set(i, new TimelineRow.Month(m.month(), m.cost().add(more)));
                return;
            }
        }
    }

    /** Records a new event or saves an edit; {@code done} gets the saved event, or empty on a conflict. */
    public void save(VehicleEvent editing, EventDraft draft, Consumer<Optional<VehicleEvent>> done,
                     Consumer<Throwable> failed) {
        tasks.run("save vehicle event", () -> editing == null ? Optional.of(events.record(draft))
                : events.save(editing.id(), editing.version(), draft), saved -> {
                    done.accept(saved);
                    refresh();
                }, failed);
    }

    public void delete(VehicleEvent e) {
        tasks.run("delete vehicle event", () -> events.delete(e.id(), e.version()), r -> refresh(), this::fail);
    }

    public void restore(VehicleEvent e) {
        tasks.run("restore vehicle event", () -> events.restore(e.id(), e.version()), r -> refresh(), this::fail);
    }

    public void history(VehicleEvent e, Consumer<List<Revision>> show) {
        tasks.run("event history", () -> events.history(e.id()), show, this::fail);
    }

    private void fail(Throwable e) {
        error.set(ErrorText.of(e));
    }

    public ObservableList<VehicleOverview> vehicles() {
        return vehicles;
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObjectProperty<VehicleOverview> vehicleProperty() {
        return vehicle;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public BooleanProperty deletedProperty() {
        return deleted;
    }

    public ObjectProperty<String> errorProperty() {
        return error;
    }

    public LoadState overviewLoad() {
        return overviewLoad;
    }

    public LoadState timelineLoad() {
        return timelineLoad;
    }

    ZoneId zone() {
        return zone;
    }
}

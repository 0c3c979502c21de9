package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventDraft;
import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.EventService;
import io.plantdesk.fleet.FleetActionTypes;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.FleetTotals;
import io.plantdesk.fleet.OverviewScreen;
import io.plantdesk.fleet.Revision;
import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.fleet.api.FleetActions;
import io.plantdesk.fleet.api.FuelEntry;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

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
    /** Only the readings flagged for review that nobody has confirmed or corrected yet. */
    private final BooleanProperty toCheck = new SimpleBooleanProperty();

    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    /** Fill-ups go through the person's outbox when it is there (offline at the pump). */
    private Optional<FloorSync> sync = Optional.empty();
    /** What was kept on this computer for the server, in words (set by the editor), or empty. */
    private final ObjectProperty<String> notice = new SimpleObjectProperty<>("");

    private final ObjectProperty<Instant> shownAsOf = new SimpleObjectProperty<>();
    /** How long the whole fleet kept for the pump stands before a refresh reads it again. */
    private static final Duration CACHE_EVERY = Duration.ofMinutes(10);

    private volatile Instant cachedAt;
    private FleetActions actions;
    /** The plant's zone for month headings; FX thread only. */
    private ZoneId zone = ZoneId.systemDefault();

    private final ObjectProperty<FleetTotals> totals = new SimpleObjectProperty<>();
    /** The list has every vehicle (a short page came back); FX thread only. */
    private boolean vehiclesComplete;

    private boolean loadingVehicles;
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
        toCheck.addListener((o, a, b) -> reloadTimeline());
    }

    /**
     * @param totals the whole fleet's figures; null when the list comes from the cache
     * @param asOf when loaded from the server, when it comes from the cache (server away); null when live
     */
    private record Overview(ZoneId zone, FleetTotals totals, List<VehicleOverview> vehicles, Instant asOf) {}

    /**
     * The totals and the list's first {@code count} vehicles from the server, kept in the person's
     * cache; from the cache when the server is away.
     */
    private Overview overview(int count) {
        try {
            OverviewScreen read = fleet.overviewScreen(count); // the totals and the first page, one statement
            Overview live = new Overview(ZoneId.of(read.totals().zone()), read.totals(), read.vehicles(), null);
            cacheWholeFleet(live.zone());
            return live;
        } catch (RuntimeException e) {
            if (sync.isEmpty() || !FloorSync.serverAway(e)) {
                throw e;
            }
            return FleetCache.load(sync.get().cache())
                    .map(c -> new Overview(c.zone(), null, c.vehicles(), c.asOf()))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * Every vehicle, not only the pages the list has shown (the pump may fill any of them when the
     * server is away), kept in the person's cache: read in a task of its own beside the screen's
     * read, at most every {@link #CACHE_EVERY} (the whole list is about 30 ms at 2,000 vehicles).
     */
    private void cacheWholeFleet(ZoneId zone) {
        Instant now = Instant.now();
        Instant last = cachedAt;
        if (sync.isEmpty() || (last != null && last.isAfter(now.minus(CACHE_EVERY)))) {
            return;
        }
        cachedAt = now;
        FloorSync s = sync.get();
        tasks.run(
                "keep the fleet for offline",
                () -> {
                    FleetCache.save(s.cache(), zone, fleet.overview(), now);
                    return null;
                },
                r -> {},
                // A convenience for later: an unreadable outbox (the status bar says so) must not keep the live list
                // away.
                e -> {
                    cachedAt = null;
                    LoggerFactory.getLogger(FleetViewModel.class)
                            .warn("The fleet's vehicles could not be cached on this computer", e);
                });
    }

    /** The totals and the list again, as many vehicles as it shows (a page at least), the chosen one kept. */
    public void refresh() {
        if (vehicles.isEmpty()) {
            overviewLoad.loading();
        }
        int count = Math.max(FleetService.OVERVIEW_PAGE, vehicles.size());
        tasks.latest(
                "fleet.overview",
                () -> overview(count),
                o -> {
                    zone = o.zone();
                    shownAsOf.set(o.asOf());
                    totals.set(o.totals());
                    var chosen = vehicle.get();
                    vehicles.setAll(o.vehicles());
                    // From the cache the list is all there is; from the server a short page is its end.
                    vehiclesComplete = o.asOf() != null || o.vehicles().size() < count;
                    loadingVehicles = false;
                    overviewLoad.loaded(o.vehicles().isEmpty());
                    if (chosen != null) {
                        vehicle.set(o.vehicles().stream()
                                .filter(v -> v.id().equals(chosen.id()))
                                .findFirst()
                                .orElse(null));
                        reloadTimeline();
                    }
                },
                overviewLoad::failed);
    }

    /** The list's next page by plate; the list calls it when its last row comes into view. */
    public void loadMoreVehicles() {
        if (vehiclesComplete || loadingVehicles || vehicles.isEmpty()) {
            return;
        }
        loadingVehicles = true;
        String after = vehicles.getLast().plate();
        tasks.latest(
                "fleet.overview.more",
                () -> fleet.overviewPage(after, FleetService.OVERVIEW_PAGE),
                page -> {
                    loadingVehicles = false;
                    // A refresh in between started the list again: this page no longer follows it.
                    if (vehicles.isEmpty() || !vehicles.getLast().plate().equals(after)) {
                        return;
                    }
                    vehiclesComplete = page.size() < FleetService.OVERVIEW_PAGE;
                    vehicles.addAll(page); // the cache for the pump holds the whole fleet already
                },
                e -> {
                    loadingVehicles = false;
                    fail(e);
                });
    }

    /** The whole fleet's figures above the list; null while none are loaded or the list is the cache's. */
    public ObservableValue<FleetTotals> totalsProperty() {
        return totals;
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
        boolean flagged = toCheck.get();
        tasks.latest(
                "fleet.timeline",
                () -> events.timeline(v.id(), after, kinds, gone, flagged, PAGE),
                page -> {
                    loadingMore = false;
                    complete = page.size() < PAGE;
                    append(page);
                    timelineLoad.loaded(timeline.isEmpty());
                },
                e -> {
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
    private void redraw(Collection<UUID> eventIds) {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i) instanceof TimelineRow.Event e
                    && eventIds.contains(e.event().id())) {
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

    /**
     * A new fill-up then goes through {@code sync}: straight to the server while it answers, kept
     * on this computer while it does not (see FloorSync#sendOrQueue), idempotent on its key either way.
     */
    public void useOutbox(FloorSync sync, FleetActions actions) {
        this.sync = Optional.of(sync);
        this.actions = actions;
    }

    /** Records a new event or saves an edit; {@code done} gets the saved event, or empty on a conflict. */
    public void save(
            VehicleEvent editing, EventDraft draft, Consumer<Optional<VehicleEvent>> done, Consumer<Throwable> failed) {
        save(editing, draft, done, () -> done.accept(Optional.empty()), failed);
    }

    /** As above; {@code queued} runs when a fill-up was kept on this computer for the server. */
    public void save(
            VehicleEvent editing,
            EventDraft draft,
            Consumer<Optional<VehicleEvent>> done,
            Runnable queued,
            Consumer<Throwable> failed) {
        if (editing == null && draft.kind() == EventKind.FUEL && sync.isPresent()) {
            UUID key = UUID.randomUUID();
            FuelEntry entry = new FuelEntry(
                    draft.vehicleId(),
                    draft.occurredAt(),
                    draft.odometer(),
                    draft.quantity(),
                    draft.quantityUnit(),
                    draft.cost(),
                    Boolean.TRUE.equals(draft.filledToFull()),
                    Boolean.TRUE.equals(draft.missedFill()),
                    draft.place());
            String plate = vehicles.stream()
                    .filter(v -> v.id().equals(draft.vehicleId()))
                    .map(VehicleOverview::plate)
                    .findFirst()
                    .orElse("");
            tasks.run(
                    "record fill-up",
                    () -> sync.get()
                            .sendOrQueue(
                                    key,
                                    FleetActionTypes.FUEL,
                                    FleetActionTypes.fuel(entry, plate),
                                    () -> events.find(actions.recordFuel(key, entry)
                                                    .eventId())
                                            .orElseThrow()),
                    saved -> {
                        if (saved.isPresent()) {
                            done.accept(saved);
                        } else {
                            queued.run();
                        }
                        refresh();
                    },
                    failed);
            return;
        }
        tasks.run(
                "save vehicle event",
                () -> editing == null
                        ? Optional.of(events.record(draft))
                        : events.save(editing.id(), editing.version(), draft),
                saved -> {
                    done.accept(saved);
                    refresh();
                },
                failed);
    }

    /** Saves an edit that also moves the event (a location correction with {@code reason}, one transaction). */
    public void saveMoved(
            VehicleEvent editing,
            EventDraft draft,
            String reason,
            Consumer<Optional<VehicleEvent>> done,
            Consumer<Throwable> failed) {
        tasks.run(
                "save and move vehicle event",
                () -> events.saveAndMove(editing.id(), editing.version(), draft, reason),
                saved -> {
                    done.accept(saved);
                    refresh();
                },
                failed);
    }

    public void delete(VehicleEvent e) {
        tasks.run("delete vehicle event", () -> events.delete(e.id(), e.version()), r -> refresh(), this::fail);
    }

    public void restore(VehicleEvent e) {
        tasks.run("restore vehicle event", () -> events.restore(e.id(), e.version()), r -> refresh(), this::fail);
    }

    /**
     * Confirms a flagged reading as it is ({@code odometer} null, {@code reason} an optional note) or
     * corrects it with the reason; {@code done} gets empty when someone else got there first.
     */
    public void review(
            VehicleEvent e,
            BigDecimal odometer,
            String reason,
            Consumer<Optional<VehicleEvent>> done,
            Consumer<Throwable> failed) {
        tasks.run(
                "review odometer reading",
                () -> odometer == null
                        ? events.confirmReading(e.id(), e.version(), reason)
                        : events.correctReading(e.id(), e.version(), odometer, reason),
                r -> {
                    done.accept(r);
                    refresh();
                },
                failed);
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

    public BooleanProperty toCheckProperty() {
        return toCheck;
    }

    /** When the vehicles on screen were loaded, while they come from the cache (server away); null when live. */
    public ObservableValue<Instant> shownAsOfProperty() {
        return shownAsOf;
    }

    public ObjectProperty<String> noticeProperty() {
        return notice;
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

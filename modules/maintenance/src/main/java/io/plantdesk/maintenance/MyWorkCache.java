package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.outbox.ReferenceCache;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A technician's own open work, kept in the person's reference cache (beside their outbox) for
 * reading with the server away: the open work orders assigned to the person, as the board's
 * cards, each with its details, status history, labour and checklists; the machines they are on;
 * the workflow (so a card can still be moved) and the plant's people (for names). Replaced whole
 * at each refresh, so an order no longer assigned or open leaves the cache. Every method does I/O
 * (the server or the local file): background tasks only.
 */
public final class MyWorkCache {

    static final String MINE = "maintenance.mine";
    static final String ASSETS = "maintenance.mine.assets";
    static final String WORKFLOW = "maintenance.workflow";
    static final String PEOPLE = "maintenance.people";
    static final String ORDER = "maintenance.order.";

    /** The most orders kept: a technician's own open work is a few dozen at most. */
    static final int LIMIT = 200;

    /**
     * One work order as the editor opens it: also the parts issued to it and planned for it (with
     * those parts' names), its comments, and its attachments' names and sizes. An attachment's file
     * and thumbnail are not kept (up to 10 MB each, read from the server when opened), so offline
     * the list says what is there and the file waits for the server.
     */
    public record Order(
            WorkOrder workOrder,
            List<StatusChange> history,
            List<Labour> labour,
            List<Checklist> checklists,
            List<StockMovement> issued,
            List<PlannedPart> planned,
            List<Part> parts,
            List<Comment> comments,
            List<Attachment> attachments) {}

    /**
     * The person's work as last loaded.
     *
     * @param asOf when it was loaded from the server
     */
    public record Mine(
            List<BacklogRow> cards,
            List<Asset> assets,
            Map<WorkOrderStatus, Set<WorkOrderStatus>> workflow,
            List<Person> people,
            Instant asOf) {}

    private MyWorkCache() {}

    /** Loads the person's open assigned work from the server and keeps it in {@code cache}. */
    public static void refresh(
            ReferenceCache cache,
            WorkOrderService orders,
            ChecklistService checklists,
            AssetService assets,
            PeopleService people,
            PartsService parts,
            WorkOrderNotes notes,
            UUID me,
            Instant now) {
        List<BacklogRow> cards = orders.backlog(BacklogQuery.open()
                        .withFilters(Set.of(), Set.of(), null, me, null, false)
                        .withPage(0, LIMIT))
                .rows();
        List<Order> details = new ArrayList<>();
        List<Part> catalogue = cards.isEmpty() ? List.of() : parts.parts();
        for (BacklogRow r : cards) {
            orders.find(r.id()).ifPresent(w -> {
                List<StockMovement> issued = parts.usedOn(r.id());
                List<PlannedPart> planned = parts.plannedFor(r.id());
                Set<UUID> used = new HashSet<>();
                issued.forEach(m -> used.add(m.partId()));
                planned.forEach(m -> used.add(m.partId()));
                details.add(new Order(
                        w,
                        orders.history(r.id()),
                        orders.labour(r.id()),
                        checklists.checklists(r.id()),
                        issued,
                        planned,
                        catalogue.stream().filter(pt -> used.contains(pt.id())).toList(),
                        notes.comments(r.id()),
                        notes.attachments(r.id()).stream()
                                .map(MyWorkCache::withoutThumbnail)
                                .toList()));
            });
        }
        Set<UUID> on = new HashSet<>();
        cards.forEach(c -> {
            if (c.assetId() != null) {
                on.add(c.assetId());
            }
        });
        List<Asset> machines =
                assets.tree().stream().filter(a -> on.contains(a.id())).toList();
        Map<WorkOrderStatus, Set<WorkOrderStatus>> flow = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            flow.put(s, orders.allowedAfter(s));
        }
        save(cache, new Mine(cards, machines, flow, people.page(0, 10_000).people(), now), details);
    }

    private static Attachment withoutThumbnail(Attachment a) {
        return new Attachment(
                a.id(), a.workOrderId(), a.fileName(), a.mediaType(), a.sizeBytes(), null, a.byLogin(), a.at());
    }

    static void save(ReferenceCache cache, Mine mine, List<Order> details) {
        Set<String> before = new HashSet<>();
        cache.get(MINE).ifPresent(c -> c.rows().forEach(r -> before.add(r.get("id"))));
        Instant at = mine.asOf();
        for (Order o : details) {
            cache.put(ORDER + o.workOrder().id(), orderRows(o), at);
            before.remove(o.workOrder().id().toString());
        }
        // An order no longer assigned or open: its copy goes (an empty list leaves no rows).
        before.forEach(id -> cache.put(ORDER + id, List.of(), at));
        List<Map<String, String>> flow = new ArrayList<>();
        mine.workflow()
                .forEach((from, tos) -> tos.forEach(to -> flow.add(Map.of("from", from.name(), "to", to.name()))));
        cache.put(WORKFLOW, flow, at);
        cache.put(PEOPLE, mine.people().stream().map(RecordRows::row).toList(), at);
        cache.put(ASSETS, mine.assets().stream().map(RecordRows::row).toList(), at);
        // Last: the list of orders is what says the cache is there.
        cache.put(MINE, mine.cards().stream().map(RecordRows::row).toList(), at);
    }

    private static List<Map<String, String>> orderRows(Order o) {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(tagged("order", RecordRows.row(o.workOrder())));
        o.history().forEach(h -> rows.add(tagged("history", RecordRows.row(h))));
        o.labour().forEach(l -> rows.add(tagged("labour", RecordRows.row(l))));
        for (Checklist c : o.checklists()) {
            rows.add(tagged("checklist", RecordRows.row(c)));
            c.items().forEach(i -> rows.add(tagged("item", RecordRows.row(i))));
        }
        o.issued().forEach(m -> rows.add(tagged("issued", RecordRows.row(m))));
        o.planned().forEach(m -> rows.add(tagged("planned", RecordRows.row(m))));
        o.parts().forEach(m -> rows.add(tagged("part", RecordRows.row(m))));
        o.comments().forEach(m -> rows.add(tagged("comment", RecordRows.row(m))));
        o.attachments().forEach(m -> rows.add(tagged("attachment", RecordRows.row(withoutThumbnail(m)))));
        return rows;
    }

    private static Map<String, String> tagged(String kind, Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>(row);
        m.put("row", kind);
        return m;
    }

    /** The person's work as last kept, or empty when it never was. */
    public static Optional<Mine> mine(ReferenceCache cache) {
        return cache.get(MINE).map(c -> {
            Map<WorkOrderStatus, Set<WorkOrderStatus>> flow = new EnumMap<>(WorkOrderStatus.class);
            for (WorkOrderStatus s : WorkOrderStatus.values()) {
                flow.put(s, EnumSet.noneOf(WorkOrderStatus.class));
            }
            cache.get(WORKFLOW)
                    .ifPresent(w -> w.rows()
                            .forEach(r -> flow.get(WorkOrderStatus.valueOf(r.get("from")))
                                    .add(WorkOrderStatus.valueOf(r.get("to")))));
            flow.replaceAll((s, tos) -> Set.copyOf(tos));
            return new Mine(
                    c.rows().stream()
                            .map(r -> RecordRows.read(BacklogRow.class, r))
                            .toList(),
                    rows(cache, ASSETS, Asset.class),
                    Map.copyOf(flow),
                    rows(cache, PEOPLE, Person.class),
                    c.savedAt());
        });
    }

    private static <R extends Record> List<R> rows(ReferenceCache cache, String list, Class<R> type) {
        return cache.get(list)
                .map(c -> c.rows().stream().map(r -> RecordRows.read(type, r)).toList())
                .orElse(List.of());
    }

    /** A work order as last kept (one of the person's own open ones), with when it was loaded. */
    public static Optional<Kept<Order>> order(ReferenceCache cache, UUID id) {
        return cache.get(ORDER + id).map(c -> {
            WorkOrder w = null;
            List<StatusChange> history = new ArrayList<>();
            List<Labour> labour = new ArrayList<>();
            List<Checklist> lists = new ArrayList<>();
            Map<UUID, List<ChecklistItem>> items = new LinkedHashMap<>();
            List<StockMovement> issued = new ArrayList<>();
            List<PlannedPart> planned = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            List<Comment> comments = new ArrayList<>();
            List<Attachment> attachments = new ArrayList<>();
            for (Map<String, String> r : c.rows()) {
                switch (r.get("row")) {
                    case "order" -> w = RecordRows.read(WorkOrder.class, r);
                    case "history" -> history.add(RecordRows.read(StatusChange.class, r));
                    case "labour" -> labour.add(RecordRows.read(Labour.class, r));
                    case "checklist" -> lists.add(RecordRows.read(Checklist.class, r));
                    case "item" -> {
                        ChecklistItem i = RecordRows.read(ChecklistItem.class, r);
                        items.computeIfAbsent(i.checklistId(), k -> new ArrayList<>())
                                .add(i);
                    }
                    case "issued" -> issued.add(RecordRows.read(StockMovement.class, r));
                    case "planned" -> planned.add(RecordRows.read(PlannedPart.class, r));
                    case "part" -> parts.add(RecordRows.read(Part.class, r));
                    case "comment" -> comments.add(RecordRows.read(Comment.class, r));
                    case "attachment" -> attachments.add(RecordRows.read(Attachment.class, r));
                    default -> {
                        // a row of a newer build's kind: not for this one
                    }
                }
            }
            List<Checklist> full = lists.stream()
                    .map(l -> new Checklist(
                            l.id(),
                            l.workOrderId(),
                            l.name(),
                            l.signedAt(),
                            l.signedBy(),
                            l.resultsHash(),
                            l.version(),
                            items.getOrDefault(l.id(), List.of())))
                    .toList();
            return new Kept<>(
                    new Order(w, history, labour, full, issued, planned, parts, comments, attachments), c.savedAt());
        });
    }

    /** Something read from the cache, and when it was loaded from the server. */
    public record Kept<T>(T value, Instant asOf) {}
}

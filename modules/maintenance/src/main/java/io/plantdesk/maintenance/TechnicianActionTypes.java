package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionType;
import io.plantdesk.platform.outbox.ReplayContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The technician's floor actions as outbox action types (registered in
 * META-INF/services/io.plantdesk.platform.outbox.ActionType): each payload holds the ids the
 * server call needs plus a label in plant words for the Sync panel, and each delivery is the
 * idempotent {@link MaintenanceApiService} call keyed by the action's client id.
 */
public final class TechnicianActionTypes {

    public static final String STATUS = "maintenance.change_status";
    public static final String LABOUR = "maintenance.log_labour";
    public static final String CHECKLIST = "maintenance.checklist_result";
    public static final String SIGN_OFF = "maintenance.checklist_signoff";

    private TechnicianActionTypes() {}

    static ActionPayload status(UUID workOrderId, String label, WorkOrderStatus to) {
        return payload("workOrder", workOrderId.toString(), "label", label, "status", to.dbValue());
    }

    static ActionPayload labour(LabourReport r, String label) {
        return payload(
                "workOrder",
                r.workOrderId().toString(),
                "label",
                label,
                "person",
                r.personId().toString(),
                "date",
                r.workDate().toString(),
                "hours",
                r.hours().toPlainString(),
                "note",
                r.note());
    }

    static ActionPayload checklist(UUID itemId, String label, ChecklistAnswer a) {
        return payload(
                "item",
                itemId.toString(),
                "label",
                label,
                "passed",
                a.passed() == null ? null : a.passed().toString(),
                "value",
                a.value() == null ? null : a.value().toPlainString(),
                "note",
                a.note());
    }

    static ActionPayload signOff(UUID checklistId, UUID workOrderId, String label) {
        return payload("checklist", checklistId.toString(), "workOrder", workOrderId.toString(), "label", label);
    }

    /** The payload's key for when the person did it on the floor (ISO-8601 with offset). */
    static final String AT = "at";

    /** {@code p} with the time the person did it: the server stores that time, not the replay's. */
    static ActionPayload recorded(ActionPayload p, OffsetDateTime at) {
        return p.with(AT, at.toString());
    }

    /** When the person did it; empty for actions queued by a build before the time was kept (the server then uses now()). */
    static OffsetDateTime recordedAt(ActionPayload p) {
        return p.get(AT).map(OffsetDateTime::parse).orElse(null);
    }

    private static ActionPayload payload(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return ActionPayload.of(m);
    }

    private static Text field(String key) {
        return MaintText.of("outbox.field." + key);
    }

    /** A typed-in number the person may have got wrong: refused in words, so the Sync panel asks for a fix. */
    private static BigDecimal number(ActionPayload p, String key) {
        String raw = p.require(key).trim().replace(',', '.');
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new PlantdeskException(MaintText.of("outbox.not.a.number", p.require(key)), null, e);
        }
    }

    /** A work order's status change (start, hold, complete). */
    public static final class StatusChange implements ActionType {
        @Override
        public String name() {
            return STATUS;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("label", field("workOrder"), false),
                    new PayloadField("status", field("status"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return MaintText.of(
                    "outbox.status",
                    p.get("label").orElse(""),
                    MaintText.of("status." + p.require("status")).english());
        }

        @Override
        public Text conflict(ActionPayload p, PlantdeskException refusal) {
            return MaintText.of("outbox.status.conflict", p.get("label").orElse(""), refusal.getMessage());
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            new MaintenanceApiService(c.jdbi(), c.clock())
                    .changeStatus(
                            clientId,
                            UUID.fromString(p.require("workOrder")),
                            WorkOrderStatus.fromDb(p.require("status")),
                            recordedAt(p));
        }
    }

    /** Hours worked on a work order. */
    public static final class Labour implements ActionType {
        @Override
        public String name() {
            return LABOUR;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("label", field("workOrder"), false),
                    new PayloadField("date", field("date"), false),
                    new PayloadField("hours", field("hours"), true),
                    new PayloadField("note", field("note"), true));
        }

        @Override
        public Text describe(ActionPayload p) {
            return MaintText.of(
                    "outbox.labour",
                    p.get("hours").orElse("?"),
                    p.get("label").orElse(""),
                    p.get("date").orElse(""));
        }

        /**
         * A run of labour entries (a shift's worth, after a night offline) in three statements
         * rather than three each: the keys already used, then the new entries and their keys,
         * set-based, in order. The same rows and key records as {@link #deliver}; a key used
         * before is skipped (its first delivery stands), any refusal throws and the replayer
         * sends the run one at a time.
         */
        @Override
        public void deliverAll(ReplayContext c, List<Queued> actions) {
            if (actions.size() == 1) {
                deliver(c, actions.getFirst().clientId(), actions.getFirst().payload());
                return;
            }
            Ids ids = new Ids(c.clock());
            c.jdbi().useTransaction(h -> {
                List<String> keys =
                        actions.stream().map(a -> a.clientId().toString()).toList();
                Map<String, String> used = new LinkedHashMap<>();
                h.createQuery("select id::text, operation from maint.api_request where id = any(cast(:keys as uuid[]))")
                        .bindArray("keys", String.class, keys)
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(e -> used.put(e.getKey(), e.getValue()));
                List<String> fresh = new ArrayList<>();
                List<String> rows = new ArrayList<>();
                List<String> orders = new ArrayList<>();
                List<String> people = new ArrayList<>();
                List<String> dates = new ArrayList<>();
                List<String> hours = new ArrayList<>();
                List<String> notes = new ArrayList<>();
                for (Queued a : actions) {
                    String op = used.get(a.clientId().toString());
                    if (op != null) {
                        if (!op.equals("log_labour")) {
                            throw MaintText.error("key.other.action", op);
                        }
                        continue;
                    }
                    ActionPayload p = a.payload();
                    fresh.add(a.clientId().toString());
                    rows.add(ids.next().toString());
                    orders.add(UUID.fromString(p.require("workOrder")).toString());
                    people.add(UUID.fromString(p.require("person")).toString());
                    dates.add(LocalDate.parse(p.require("date")).toString());
                    hours.add(number(p, "hours").toPlainString());
                    notes.add(p.get("note").orElse(null));
                }
                if (fresh.isEmpty()) {
                    return;
                }
                h.createUpdate(
                                "insert into maint.labour (tenant_id, id, work_order_id, person_id, work_date, hours, note) "
                                        + "select core.current_tenant(), cast(u.id as uuid), cast(u.wo as uuid), cast(u.person as uuid), "
                                        + "cast(u.d as date), cast(u.h as numeric), u.note from unnest(cast(:ids as text[]), "
                                        + "cast(:orders as text[]), cast(:people as text[]), cast(:dates as text[]), cast(:hours as text[]), "
                                        + "cast(:notes as text[])) with ordinality as u(id, wo, person, d, h, note, n) order by u.n")
                        .bindArray("ids", String.class, rows)
                        .bindArray("orders", String.class, orders)
                        .bindArray("people", String.class, people)
                        .bindArray("dates", String.class, dates)
                        .bindArray("hours", String.class, hours)
                        .bindArray("notes", String.class, notes)
                        .execute();
                h.createUpdate("insert into maint.api_request (tenant_id, id, operation, result) "
                                + "select core.current_tenant(), cast(u.k as uuid), 'log_labour', jsonb_build_object('labour', u.l) "
                                + "from unnest(cast(:keys as text[]), cast(:ids as text[])) as u(k, l)")
                        .bindArray("keys", String.class, fresh)
                        .bindArray("ids", String.class, rows)
                        .execute();
            });
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            LabourReport r = new LabourReport(
                    UUID.fromString(p.require("workOrder")),
                    UUID.fromString(p.require("person")),
                    LocalDate.parse(p.require("date")),
                    number(p, "hours"),
                    p.get("note").orElse(null));
            new MaintenanceApiService(c.jdbi(), c.clock()).logLabour(clientId, r);
        }
    }

    /** One checklist item's result. */
    public static final class ChecklistResult implements ActionType {
        @Override
        public String name() {
            return CHECKLIST;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("label", field("item"), false),
                    new PayloadField("value", field("value"), true),
                    new PayloadField("note", field("note"), true));
        }

        @Override
        public Text describe(ActionPayload p) {
            String result = p.get("value")
                    .orElseGet(() -> p.get("passed")
                            .map(v -> MaintText.of(Boolean.parseBoolean(v) ? "outbox.pass" : "outbox.fail")
                                    .english())
                            .orElse(""));
            return MaintText.of("outbox.checklist", p.get("label").orElse(""), result);
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            ChecklistAnswer a = new ChecklistAnswer(
                    p.get("passed").map(Boolean::valueOf).orElse(null),
                    p.get("value").isPresent() ? number(p, "value") : null,
                    p.get("note").orElse(null));
            new MaintenanceApiService(c.jdbi(), c.clock())
                    .recordChecklistResult(clientId, UUID.fromString(p.require("item")), a, recordedAt(p));
        }
    }

    /**
     * A checklist's sign-off, as the person whose login replays it: queued behind that checklist's
     * results, so the server hashes the results the person saw when signing.
     */
    public static final class SignOff implements ActionType {
        @Override
        public String name() {
            return SIGN_OFF;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(new PayloadField("label", field("checklist"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return MaintText.of("outbox.signoff", p.get("label").orElse(""));
        }

        @Override
        public Text conflict(ActionPayload p, PlantdeskException refusal) {
            return MaintText.of("outbox.signoff.conflict", p.get("label").orElse(""), refusal.getMessage());
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            new MaintenanceApiService(c.jdbi(), c.clock())
                    .signOffChecklist(clientId, UUID.fromString(p.require("checklist")), recordedAt(p));
        }
    }
}

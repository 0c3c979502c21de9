package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ActionResult;
import io.plantdesk.maintenance.api.BreakdownReport;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MeterFeed;
import io.plantdesk.maintenance.api.MeterTotal;
import io.plantdesk.maintenance.api.TechnicianActions;
import io.plantdesk.maintenance.api.WorkOrderRef;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.api.WorkRequests;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * The api calls other features make, each in one transaction with its idempotency key: a repeated
 * key returns the first call's result and does nothing again (see {@link Idempotency}).
 */
final class MaintenanceApiService implements WorkRequests, MeterFeed, TechnicianActions {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Idempotency once;

    MaintenanceApiService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
        this.once = new Idempotency(jdbi);
    }

    @Override
    public WorkOrderRef openCorrective(UUID key, BreakdownReport r) {
        return once.once(
                key,
                "open_corrective",
                h -> {
                    WorkOrderDraft draft = new WorkOrderDraft(
                            r.title(),
                            r.description(),
                            r.emergency() ? WorkOrderType.EMERGENCY : WorkOrderType.CORRECTIVE,
                            r.priority(),
                            r.assetId(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            r.stoppedAt(),
                            null,
                            null,
                            null,
                            null,
                            List.of());
                    UUID id = WorkOrderService.insert(h, ids.next(), draft, WorkOrderStatus.REQUESTED, null);
                    WorkOrder w = h.attach(WorkOrderDao.class).find(id).orElseThrow();
                    return Map.of(
                            "id",
                            id.toString(),
                            "number",
                            Integer.toString(w.number()),
                            "status",
                            w.status().dbValue());
                },
                (m, repeated) -> new WorkOrderRef(
                        UUID.fromString(m.get("id")),
                        Integer.parseInt(m.get("number")),
                        WorkOrderStatus.fromDb(m.get("status")),
                        repeated));
    }

    @Override
    public MeterTotal addPieces(UUID key, UUID assetId, long pieces, OffsetDateTime at) {
        return once.once(
                key,
                "add_pieces",
                h -> {
                    Meter m = AssetService.ensureMeter(h, ids, assetId, MeterKind.PIECES, "Pieces sewn");
                    BigDecimal total = AssetService.add(h, ids, m.id(), BigDecimal.valueOf(pieces), at);
                    return Map.of("meter", m.id().toString(), "total", total.toPlainString());
                },
                MaintenanceApiService::meterTotal);
    }

    @Override
    public MeterTotal recordReading(UUID key, UUID meterId, BigDecimal value, OffsetDateTime at) {
        return once.once(
                key,
                "record_reading",
                h -> Map.of(
                        "meter",
                        meterId.toString(),
                        "total",
                        AssetService.read(h, ids, meterId, value, at).toPlainString()),
                MaintenanceApiService::meterTotal);
    }

    /*
     * The technician's actions: one server call each (V080's functions do the key's lookup, the
     * action and the key's record as the caller, under RLS), where they were three or four
     * statements. What they store for a key is what the Java calls before them stored.
     */

    @Override
    public ActionResult changeStatus(UUID key, UUID workOrderId, WorkOrderStatus to) {
        return changeStatus(key, workOrderId, to, null);
    }

    /**
     * @param at when the person did it on the floor (null: now); the server bounds it
     *           ({@code core.floor_time}: never in the future, never before the order's last step)
     */
    public ActionResult changeStatus(UUID key, UUID workOrderId, WorkOrderStatus to, OffsetDateTime at) {
        return call(
                key,
                "change_status",
                "select maint.api_change_status(:key, :wo, :status, cast(:at as timestamptz))",
                q -> q.bind("wo", workOrderId).bind("status", to.dbValue()).bind("at", at));
    }

    @Override
    public ActionResult logLabour(UUID key, LabourReport labour) {
        return call(
                key,
                "log_labour",
                "select maint.api_log_labour(:key, :id, :wo, :person, :day, :hours, :note)",
                q -> q.bind("id", ids.next())
                        .bind("wo", labour.workOrderId())
                        .bind("person", labour.personId())
                        .bind("day", labour.workDate())
                        .bind("hours", labour.hours())
                        .bind("note", labour.note()));
    }

    @Override
    public ActionResult recordChecklistResult(UUID key, UUID itemId, ChecklistAnswer answer) {
        return recordChecklistResult(key, itemId, answer, null);
    }

    /** @param at when the person answered on the floor (null: now); bounded by the server as {@link #changeStatus} */
    public ActionResult recordChecklistResult(UUID key, UUID itemId, ChecklistAnswer answer, OffsetDateTime at) {
        return call(
                key,
                "checklist_result",
                "select maint.api_checklist_result(:key, :item, :passed, :value, :note, cast(:at as timestamptz))",
                q -> q.bind("item", itemId)
                        .bind("passed", answer.passed())
                        .bind("value", answer.value())
                        .bind("note", answer.note())
                        .bind("at", at));
    }

    @Override
    public ActionResult signOffChecklist(UUID key, UUID checklistId) {
        return signOffChecklist(key, checklistId, null);
    }

    /** @param at when the person signed on the floor (null: now); never before the checklist's last answer */
    public ActionResult signOffChecklist(UUID key, UUID checklistId, OffsetDateTime at) {
        return call(
                key,
                "checklist_signoff",
                "select maint.api_checklist_signoff(:key, :checklist, cast(:at as timestamptz))",
                q -> q.bind("checklist", checklistId).bind("at", at));
    }

    /**
     * One statement: outside a transaction it commits by itself, in one round trip; inside the
     * replayer's batch it joins that transaction. The same key sent at the same moment on another
     * connection fails on the key's primary key once the first commits: that first call stands.
     */
    private ActionResult call(UUID key, String operation, String sql, UnaryOperator<Query> bind) {
        try {
            return new ActionResult(
                    jdbi.withHandle(h -> bind.apply(h.createQuery(sql).bind("key", key))
                            .mapTo(Boolean.class)
                            .one()));
        } catch (JdbiException e) {
            if (MaintText.isUniqueViolation(e, "api_request_pkey")) {
                return new ActionResult(jdbi.withHandle(h -> h.createQuery("select maint.api_key_used(:key, :op)")
                        .bind("key", key)
                        .bind("op", operation)
                        .mapTo(Boolean.class)
                        .one()));
            }
            throw MaintText.translate(e);
        }
    }

    private static MeterTotal meterTotal(Map<String, String> m, boolean repeated) {
        return new MeterTotal(UUID.fromString(m.get("meter")), new BigDecimal(m.get("total")), repeated);
    }
}

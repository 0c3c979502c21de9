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
import org.jdbi.v3.core.Jdbi;

/**
 * The api calls other features make, each in one transaction with its idempotency key: a repeated
 * key returns the first call's result and does nothing again (see {@link Idempotency}).
 */
final class MaintenanceApiService implements WorkRequests, MeterFeed, TechnicianActions {

    private final Ids ids;
    private final Idempotency once;

    MaintenanceApiService(Jdbi jdbi, Clock clock) {
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

    @Override
    public ActionResult changeStatus(UUID key, UUID workOrderId, WorkOrderStatus to) {
        return once.once(
                key,
                "change_status",
                h -> {
                    if (h.attach(WorkOrderDao.class).setStatus(workOrderId, to.dbValue()) == 0) {
                        throw MaintText.error("not.found");
                    }
                    return Map.of("status", to.dbValue());
                },
                (m, repeated) -> new ActionResult(repeated));
    }

    @Override
    public ActionResult logLabour(UUID key, LabourReport labour) {
        return once.once(
                key,
                "log_labour",
                h -> {
                    UUID id = ids.next();
                    h.attach(WorkOrderDao.class).insertLabour(id, labour);
                    return Map.of("labour", id.toString());
                },
                (m, repeated) -> new ActionResult(repeated));
    }

    @Override
    public ActionResult recordChecklistResult(UUID key, UUID itemId, ChecklistAnswer answer) {
        return once.once(
                key,
                "checklist_result",
                h -> {
                    ChecklistItem item = ChecklistService.answer(h, itemId, answer);
                    return Map.of("outcome", String.valueOf(item.outcome()));
                },
                (m, repeated) -> new ActionResult(repeated));
    }

    private static MeterTotal meterTotal(Map<String, String> m, boolean repeated) {
        return new MeterTotal(UUID.fromString(m.get("meter")), new BigDecimal(m.get("total")), repeated);
    }
}

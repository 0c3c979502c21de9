package io.plantdesk.maintenance.ui;

import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which, as the database's table says (loaded once, on the TaskRunner):
 * screens offer only the allowed steps, and the database still refuses any other.
 */
public record Workflow(Map<WorkOrderStatus, Set<WorkOrderStatus>> next) {

    public static final Workflow UNKNOWN = new Workflow(Map.of());

    public static Workflow load(WorkOrderService service) {
        Map<WorkOrderStatus, Set<WorkOrderStatus>> m = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            m.put(s, service.allowedAfter(s));
        }
        return new Workflow(Map.copyOf(m));
    }

    public boolean allows(WorkOrderStatus from, WorkOrderStatus to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    public Set<WorkOrderStatus> after(WorkOrderStatus from) {
        return next.getOrDefault(from, Set.of());
    }
}

package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for the records whose columns hold the schema's enum texts and arrays. */
final class Mappers {

    private Mappers() {}

    /** One allowed step of the workflow (maint.status_transition). */
    record Transition(String fromStatus, String toStatus) {}

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static final class WorkOrderMapper implements RowMapper<WorkOrder> {
        @Override
        public WorkOrder map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkOrder(
                    uuid(rs, "id"),
                    rs.getInt("number"),
                    rs.getString("title"),
                    rs.getString("description"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    Priority.fromCode(rs.getInt("priority")),
                    WorkOrderStatus.fromDb(rs.getString("status")),
                    uuid(rs, "asset_id"),
                    uuid(rs, "requested_by"),
                    time(rs, "requested_at"),
                    time(rs, "due_at"),
                    time(rs, "scheduled_start"),
                    time(rs, "scheduled_end"),
                    rs.getBigDecimal("estimated_hours"),
                    rs.getBigDecimal("actual_hours"),
                    time(rs, "downtime_start"),
                    time(rs, "downtime_end"),
                    rs.getString("failure_code"),
                    rs.getString("failure_cause"),
                    rs.getString("failure_remedy"),
                    texts(rs, "tags"),
                    time(rs, "completed_at"),
                    time(rs, "closed_at"),
                    uuid(rs, "pm_schedule_id"),
                    uuid(rs, "raised_from_item"),
                    time(rs, "updated_at"),
                    rs.getString("updated_by"),
                    rs.getInt("version"));
        }
    }

    public static final class StatusChangeMapper implements RowMapper<StatusChange> {
        @Override
        public StatusChange map(ResultSet rs, StatementContext ctx) throws SQLException {
            String from = rs.getString("from_status");
            return new StatusChange(
                    from == null ? null : WorkOrderStatus.fromDb(from),
                    WorkOrderStatus.fromDb(rs.getString("to_status")),
                    time(rs, "at"),
                    rs.getString("by_login"));
        }
    }

    public static final class BacklogRowMapper implements RowMapper<BacklogRow> {
        @Override
        public BacklogRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new BacklogRow(
                    uuid(rs, "id"),
                    rs.getInt("number"),
                    rs.getString("title"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    Priority.fromCode(rs.getInt("priority")),
                    WorkOrderStatus.fromDb(rs.getString("status")),
                    uuid(rs, "asset_id"),
                    rs.getString("asset_name"),
                    rs.getString("asset_code"),
                    time(rs, "due_at"),
                    time(rs, "scheduled_start"),
                    rs.getBigDecimal("estimated_hours"),
                    texts(rs, "tags"),
                    texts(rs, "assignees"),
                    rs.getBoolean("overdue"),
                    rs.getInt("version"));
        }
    }

    public static final class TemplateMapper implements RowMapper<WorkOrderTemplate> {
        @Override
        public WorkOrderTemplate map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkOrderTemplate(
                    uuid(rs, "id"),
                    rs.getString("name"),
                    rs.getString("title"),
                    rs.getString("description"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    Priority.fromCode(rs.getInt("priority")),
                    rs.getBigDecimal("estimated_hours"),
                    uuid(rs, "checklist_template_id"),
                    rs.getString("checklist_name"),
                    List.of(),
                    rs.getInt("version"));
        }
    }
}

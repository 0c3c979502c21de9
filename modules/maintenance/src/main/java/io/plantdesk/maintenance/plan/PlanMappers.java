package io.plantdesk.maintenance.plan;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for the planner's arrays and enum texts. */
final class PlanMappers {

    private PlanMappers() {}

    public static final class TechnicianMapper implements RowMapper<PlanTechnician> {
        @Override
        public PlanTechnician map(ResultSet rs, StatementContext ctx) throws SQLException {
            UUID shift = rs.getObject("shift_id", UUID.class);
            BigDecimal hours = rs.getBigDecimal("hours_per_day");
            Array days = rs.getArray("work_days");
            Array dayHours = rs.getArray("day_hours");
            Optional<Capacity> capacity = Optional.empty();
            List<BigDecimal> perDay = new ArrayList<>(Collections.nCopies(WeekPlan.DAYS, (BigDecimal) null));
            if (dayHours != null) {
                List<Integer> workDays = days == null
                        ? List.of()
                        : Arrays.stream((Object[]) days.getArray())
                                .map(d -> ((Number) d).intValue())
                                .toList();
                capacity = Optional.of(
                        new Capacity(shift, rs.getString("shift_name"), hours, shift == null ? workDays : List.of()));
                Object[] h = (Object[]) dayHours.getArray();
                for (int i = 0; i < WeekPlan.DAYS; i++) {
                    perDay.set(i, (BigDecimal) h[i]);
                }
            }
            return new PlanTechnician(
                    rs.getObject("person_id", UUID.class), rs.getString("display_name"), capacity, perDay);
        }
    }

    public static final class CardMapper implements RowMapper<PlanCard> {
        @Override
        public PlanCard map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PlanCard(
                    rs.getObject("id", UUID.class),
                    rs.getInt("number"),
                    rs.getString("title"),
                    rs.getString("description"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    Priority.fromCode(rs.getInt("priority")),
                    WorkOrderStatus.fromDb(rs.getString("status")),
                    rs.getString("asset_name"),
                    rs.getObject("scheduled_start", OffsetDateTime.class),
                    rs.getObject("scheduled_end", OffsetDateTime.class),
                    rs.getBigDecimal("estimated_hours"),
                    List.of((UUID[]) rs.getArray("assignees").getArray()),
                    rs.getObject("updated_at", OffsetDateTime.class),
                    rs.getInt("version"));
        }
    }

    public static final class ComplianceMapper implements RowMapper<long[]> {
        @Override
        public long[] map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new long[] {rs.getLong("scheduled"), rs.getLong("on_time")};
        }
    }
}

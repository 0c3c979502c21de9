package io.plantdesk.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of fleet.reminder_status. */
public final class ReminderMapper implements RowMapper<Reminder> {

    @Override
    public Reminder map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Reminder(
                rs.getObject("id", UUID.class),
                rs.getObject("vehicle_id", UUID.class),
                rs.getString("plate"),
                rs.getString("odometer_unit"),
                rs.getObject("garage_id", UUID.class),
                rs.getString("title"),
                rs.getString("notes"),
                rs.getObject("due_on", LocalDate.class),
                rs.getBigDecimal("due_odometer"),
                rs.getObject("every_months", Integer.class),
                rs.getBigDecimal("every_distance"),
                rs.getInt("soon_days"),
                rs.getBigDecimal("soon_distance"),
                rs.getObject("previous_id", UUID.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getBigDecimal("done_odometer"),
                rs.getObject("done_at", OffsetDateTime.class),
                rs.getInt("version"),
                rs.getBigDecimal("current_odometer"),
                rs.getObject("days_left", Integer.class),
                rs.getBigDecimal("distance_left"),
                ReminderState.of(rs.getString("state")));
    }
}

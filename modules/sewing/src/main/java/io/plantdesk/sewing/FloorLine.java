package io.plantdesk.sewing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One floor tile's data for the running shift, read in one statement with every other line's:
 * the line's figures, its quality and WIP, and its output per hour (hours without scans absent).
 */
public record FloorLine(LineFigures figures, LineQuality quality, Map<OffsetDateTime, Long> hourly) {

    public FloorLine {
        hourly = Map.copyOf(hourly);
    }

    /** Maps floorLines.sql's rows. */
    public static final class Mapper implements RowMapper<FloorLine> {
        @Override
        public FloorLine map(ResultSet rs, StatementContext ctx) throws SQLException {
            UUID id = rs.getObject("line_id", UUID.class);
            String code = rs.getString("line_code");
            String name = rs.getString("line_name");
            LineFigures figures = new LineFigures(
                    id,
                    code,
                    name,
                    rs.getLong("output"),
                    rs.getBigDecimal("earned_minutes"),
                    rs.getLong("attended_minutes"),
                    rs.getLong("operators"),
                    rs.getLong("overtime_minutes"),
                    rs.getBigDecimal("downtime_minutes"));
            LineQuality quality = new LineQuality(
                    id,
                    code,
                    name,
                    rs.getLong("pieces_checked"),
                    rs.getLong("pieces_defective"),
                    rs.getLong("defects"),
                    rs.getLong("rework_pieces"),
                    rs.getLong("loaded_pieces"),
                    rs.getLong("wip"));
            Map<OffsetDateTime, Long> hourly = new LinkedHashMap<>();
            Array starts = rs.getArray("hour_starts");
            Array outputs = rs.getArray("hour_outputs");
            if (starts != null && outputs != null) {
                Object[] s = (Object[]) starts.getArray();
                Object[] o = (Object[]) outputs.getArray();
                for (int i = 0; i < s.length; i++) {
                    hourly.merge(instant(s[i]), ((Number) o[i]).longValue(), Long::sum);
                }
            }
            return new FloorLine(figures, quality, hourly);
        }

        private static OffsetDateTime instant(Object value) {
            if (value instanceof OffsetDateTime t) {
                return t.withOffsetSameInstant(ZoneOffset.UTC);
            }
            return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
        }
    }
}

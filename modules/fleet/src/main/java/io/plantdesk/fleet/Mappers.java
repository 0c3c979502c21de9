package io.plantdesk.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the fleet schema's rows (column names as in the tables). */
public final class Mappers {

    private Mappers() {}

    public static final class GarageMapper implements RowMapper<Garage> {
        @Override
        public Garage map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Garage(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("address"),
                    rs.getInt("version"));
        }
    }

    public static final class VehicleMapper implements RowMapper<Vehicle> {
        @Override
        public Vehicle map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Vehicle(
                    rs.getObject("id", UUID.class),
                    rs.getString("plate"),
                    rs.getString("vin"),
                    rs.getString("make"),
                    rs.getString("model"),
                    (Integer) rs.getObject("model_year", Integer.class),
                    rs.getString("fuel_type"),
                    rs.getString("odometer_unit"),
                    rs.getString("status"),
                    rs.getObject("garage_id", UUID.class),
                    rs.getObject("driver_id", UUID.class),
                    rs.getInt("version"));
        }
    }

    public static final class EventMapper implements RowMapper<VehicleEvent> {
        @Override
        public VehicleEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new VehicleEvent(
                    rs.getObject("id", UUID.class),
                    rs.getObject("vehicle_id", UUID.class),
                    EventKind.of(rs.getString("kind")),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getBigDecimal("odometer"),
                    rs.getBigDecimal("cost"),
                    rs.getBigDecimal("quantity"),
                    rs.getString("quantity_unit"),
                    rs.getString("description"),
                    rs.getBigDecimal("latitude"),
                    rs.getBigDecimal("longitude"),
                    rs.getString("place"),
                    (Boolean) rs.getObject("filled_to_full"),
                    (Boolean) rs.getObject("missed_fill"),
                    rs.getString("odometer_review"),
                    rs.getObject("reviewed_at", OffsetDateTime.class),
                    rs.getObject("deleted_at", OffsetDateTime.class),
                    rs.getInt("version"));
        }
    }
}

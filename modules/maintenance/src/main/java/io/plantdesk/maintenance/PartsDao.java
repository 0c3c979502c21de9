package io.plantdesk.maintenance;

import io.plantdesk.maintenance.stock.Location;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Vendors, parts, locations and the stock ledger under RLS; SQL in PartsDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(PartsDao.MovementMapper.class)
public interface PartsDao {

    @SqlUpdate("insertVendor")
    void insertVendor(
            @Bind("id") UUID id,
            @Bind("name") String name,
            @Bind("contact") String contact,
            @Bind("phone") String phone,
            @Bind("email") String email);

    @SqlQuery("vendors")
    @RegisterConstructorMapper(Vendor.class)
    List<Vendor> vendors(@Bind("id") UUID onlyId);

    @SqlUpdate("updateVendor")
    int updateVendor(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") VendorDraft draft);

    @SqlUpdate("updateLocation")
    int updateLocation(@Bind("id") UUID id, @Bind("version") int version, @Bind("name") String name);

    @SqlQuery("location")
    @RegisterConstructorMapper(Location.class)
    Optional<Location> location(@Bind("id") UUID id);

    @SqlUpdate("insertPart")
    void insertPart(@Bind("id") UUID id, @BindMethods("d") PartDraft draft);

    @SqlUpdate("updatePart")
    int updatePart(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") PartDraft draft);

    @SqlQuery("parts")
    @RegisterConstructorMapper(Part.class)
    List<Part> parts(@Bind("id") UUID onlyId);

    @SqlUpdate("insertLocation")
    void insertLocation(@Bind("id") UUID id, @Bind("name") String name);

    @SqlUpdate("insertMovement")
    void insertMovement(
            @Bind("id") UUID id,
            @Bind("partId") UUID partId,
            @Bind("locationId") UUID locationId,
            @Bind("kind") String kind,
            @Bind("quantity") BigDecimal quantity,
            @Bind("unitCost") BigDecimal unitCost,
            @Bind("workOrderId") UUID workOrderId,
            @Bind("vendorId") UUID vendorId,
            @Bind("reason") String reason);

    @SqlQuery("stock")
    @RegisterConstructorMapper(StockLevel.class)
    List<StockLevel> stock(@Bind("partId") UUID partId);

    @SqlQuery("movements")
    List<StockMovement> movements(@Bind("partId") UUID partId, @Bind("workOrderId") UUID workOrderId);

    @SqlUpdate("addPmPart")
    void addPmPart(
            @Bind("id") UUID id,
            @Bind("scheduleId") UUID scheduleId,
            @Bind("partId") UUID partId,
            @Bind("quantity") BigDecimal quantity);

    @SqlQuery("reorderSuggestions")
    @RegisterConstructorMapper(ReorderSuggestion.class)
    List<ReorderSuggestion> reorderSuggestions(@Bind("horizon") int horizonDays);

    final class MovementMapper implements RowMapper<StockMovement> {
        @Override
        public StockMovement map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StockMovement(
                    rs.getObject("id", UUID.class),
                    rs.getObject("part_id", UUID.class),
                    rs.getObject("location_id", UUID.class),
                    MovementKind.fromDb(rs.getString("kind")),
                    rs.getBigDecimal("quantity"),
                    rs.getBigDecimal("unit_cost"),
                    rs.getObject("work_order_id", UUID.class),
                    rs.getString("reason"),
                    rs.getObject("at", OffsetDateTime.class),
                    rs.getString("created_by"));
        }
    }
}

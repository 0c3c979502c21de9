package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Assets and meters under RLS; SQL in AssetDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterRowMapper(AssetDao.AssetMapper.class)
@RegisterRowMapper(AssetDao.MeterMapper.class)
public interface AssetDao {

    @SqlQuery("tree")
    List<Asset> tree();

    @SqlQuery("find")
    Optional<Asset> find(@Bind("id") UUID id);

    @SqlQuery("parentChoices")
    List<Asset> parentChoices(
            @Bind("kinds") String[] kinds,
            @Bind("text") String text,
            @Bind("prefix") String prefix,
            @Bind("contains") String contains,
            @Bind("editing") UUID editing,
            @Bind("limit") int limit);

    @SqlUpdate("insert")
    void insert(@Bind("id") UUID id, @BindMethods("d") AssetDraft draft, @Bind("kind") String kind);

    @SqlUpdate("update")
    int update(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @BindMethods("d") AssetDraft draft,
            @Bind("kind") String kind);

    @SqlQuery("meters")
    List<Meter> meters(@Bind("assetId") UUID assetId);

    @SqlQuery("meter")
    Optional<Meter> meter(@Bind("id") UUID id);

    @SqlQuery("meterOf")
    Optional<Meter> meterOf(@Bind("assetId") UUID assetId, @Bind("kind") String kind);

    @SqlUpdate("insertMeter")
    void insertMeter(
            @Bind("id") UUID id, @Bind("assetId") UUID assetId, @Bind("kind") String kind, @Bind("name") String name);

    @SqlQuery("addToMeter")
    Optional<BigDecimal> addToMeter(
            @Bind("id") UUID id, @Bind("delta") BigDecimal delta, @Bind("at") OffsetDateTime at);

    @SqlQuery("setMeter")
    Optional<BigDecimal> setMeter(@Bind("id") UUID id, @Bind("value") BigDecimal value, @Bind("at") OffsetDateTime at);

    @SqlUpdate("insertReading")
    void insertReading(
            @Bind("id") UUID id,
            @Bind("meterId") UUID meterId,
            @Bind("at") OffsetDateTime at,
            @Bind("delta") BigDecimal delta,
            @Bind("total") BigDecimal total);

    final class AssetMapper implements RowMapper<Asset> {
        @Override
        public Asset map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Asset(
                    rs.getObject("id", UUID.class),
                    rs.getObject("parent_id", UUID.class),
                    AssetKind.fromDb(rs.getString("kind")),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("asset_type"),
                    rs.getString("manufacturer"),
                    rs.getString("model"),
                    rs.getString("serial"),
                    rs.getInt("criticality"),
                    rs.getString("location"),
                    rs.getObject("installed_on", LocalDate.class),
                    rs.getInt("depth"),
                    rs.getInt("version"));
        }
    }

    final class MeterMapper implements RowMapper<Meter> {
        @Override
        public Meter map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Meter(
                    rs.getObject("id", UUID.class),
                    rs.getObject("asset_id", UUID.class),
                    MeterKind.fromDb(rs.getString("kind")),
                    rs.getString("name"),
                    rs.getBigDecimal("total"),
                    rs.getObject("read_at", OffsetDateTime.class));
        }
    }
}

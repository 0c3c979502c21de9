package io.plantdesk.maintenance.assets;

import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The asset tree's reads, as the person's own login under RLS. */
@UseClasspathSqlLocator
public interface AssetBrowserDao {

    @SqlQuery("children")
    @RegisterRowMapper(NodeMapper.class)
    List<AssetNode> children(@Bind("parent") UUID parent, @Bind("limit") int limit);

    @SqlQuery("history")
    @RegisterRowMapper(HistoryMapper.class)
    List<AssetHistoryRow> history(@Bind("asset") UUID asset, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("readings")
    @RegisterConstructorMapper(MeterReading.class)
    List<MeterReading> readings(@Bind("meter") UUID meter, @Bind("limit") int limit);

    final class NodeMapper implements RowMapper<AssetNode> {
        @Override
        public AssetNode map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AssetNode(
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
                    rs.getInt("children"));
        }
    }

    final class HistoryMapper implements RowMapper<AssetHistoryRow> {
        @Override
        public AssetHistoryRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AssetHistoryRow(
                    rs.getObject("id", UUID.class),
                    rs.getInt("number"),
                    rs.getString("title"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    WorkOrderStatus.fromDb(rs.getString("status")),
                    rs.getObject("requested_at", OffsetDateTime.class),
                    rs.getObject("completed_at", OffsetDateTime.class),
                    rs.getString("failure_code"));
        }
    }
}

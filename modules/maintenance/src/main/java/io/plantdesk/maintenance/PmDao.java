package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** PM schedules and the generator under RLS; SQL in PmDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(PmDao.ScheduleMapper.class)
public interface PmDao {

    @SqlUpdate("insert")
    void insert(
            @Bind("id") UUID id,
            @BindMethods("d") PmScheduleDraft draft,
            @Bind("type") String type,
            @Bind("priority") int priority);

    @SqlQuery("find")
    Optional<PmSchedule> find(@Bind("id") UUID id);

    @SqlQuery("list")
    List<PmSchedule> list();

    @SqlQuery("listForAsset")
    List<PmSchedule> listForAsset(@Bind("assetId") UUID assetId);

    @SqlUpdate("update")
    int update(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @BindMethods("d") PmScheduleDraft draft,
            @Bind("type") String type,
            @Bind("priority") int priority);

    @SqlUpdate("setActive")
    int setActive(@Bind("id") UUID id, @Bind("version") int version, @Bind("active") boolean active);

    @SqlQuery("generate")
    @RegisterRowMapper(RunMapper.class)
    PmRun generate(@Bind("max") int max);

    final class RunMapper implements RowMapper<PmRun> {
        @Override
        public PmRun map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PmRun("busy".equals(rs.getString("status")), rs.getInt("created"));
        }
    }

    final class ScheduleMapper implements RowMapper<PmSchedule> {
        @Override
        public PmSchedule map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PmSchedule(
                    rs.getObject("id", UUID.class),
                    rs.getObject("asset_id", UUID.class),
                    rs.getString("title"),
                    WorkOrderType.fromDb(rs.getString("type")),
                    Priority.fromCode(rs.getInt("priority")),
                    rs.getObject("checklist_template_id", UUID.class),
                    rs.getBigDecimal("estimated_hours"),
                    (Integer) rs.getObject("interval_days"),
                    rs.getObject("next_due_at", OffsetDateTime.class),
                    rs.getInt("lead_days"),
                    rs.getObject("meter_id", UUID.class),
                    rs.getBigDecimal("meter_interval"),
                    rs.getBigDecimal("next_due_meter"),
                    rs.getBigDecimal("meter_lead"),
                    rs.getInt("cycle"),
                    rs.getBoolean("active"),
                    rs.getInt("version"),
                    rs.getObject("work_order_template_id", UUID.class));
        }
    }
}

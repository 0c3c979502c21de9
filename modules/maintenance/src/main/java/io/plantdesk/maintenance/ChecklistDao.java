package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import java.math.BigDecimal;
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

/** Checklist templates, checklists, items and sign-off under RLS; SQL in ChecklistDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(ChecklistDao.ItemMapper.class)
@RegisterRowMapper(ChecklistDao.NewItemMapper.class)
@RegisterRowMapper(ChecklistDao.HeadMapper.class)
public interface ChecklistDao {

    /** A checklist without its items. */
    record Head(
            UUID id,
            UUID workOrderId,
            String name,
            OffsetDateTime signedAt,
            UUID signedBy,
            String resultsHash,
            int version) {
        Checklist with(List<ChecklistItem> items) {
            return new Checklist(id, workOrderId, name, signedAt, signedBy, resultsHash, version, items);
        }
    }

    @SqlUpdate("insertTemplate")
    void insertTemplate(@Bind("id") UUID id, @Bind("name") String name);

    @SqlUpdate("insertTemplateItem")
    void insertTemplateItem(
            @Bind("id") UUID id,
            @Bind("templateId") UUID templateId,
            @Bind("position") int position,
            @BindMethods("i") NewChecklistItem item,
            @Bind("kind") String kind);

    @SqlQuery("templateName")
    Optional<String> templateName(@Bind("id") UUID id);

    @SqlQuery("templateItems")
    List<NewChecklistItem> templateItems(@Bind("id") UUID id);

    @SqlUpdate("insertChecklist")
    void insertChecklist(
            @Bind("id") UUID id,
            @Bind("workOrderId") UUID workOrderId,
            @Bind("templateId") UUID templateId,
            @Bind("name") String name);

    @SqlUpdate("insertItem")
    void insertItem(
            @Bind("id") UUID id,
            @Bind("checklistId") UUID checklistId,
            @Bind("position") int position,
            @BindMethods("i") NewChecklistItem item,
            @Bind("kind") String kind);

    @SqlQuery("checklists")
    List<Head> checklists(@Bind("workOrderId") UUID workOrderId);

    @SqlQuery("checklist")
    Optional<Head> checklist(@Bind("id") UUID id);

    @SqlQuery("items")
    List<ChecklistItem> items(@Bind("checklistId") UUID checklistId);

    @SqlQuery("item")
    Optional<ChecklistItem> item(@Bind("id") UUID id);

    @SqlUpdate("answer")
    int answer(@Bind("id") UUID id, @BindMethods("a") ChecklistAnswer answer);

    @SqlUpdate("signOff")
    int signOff(@Bind("id") UUID id, @Bind("by") UUID by);

    @SqlQuery("recomputedHash")
    Optional<String> recomputedHash(@Bind("id") UUID id);

    @SqlQuery("workOrderOfItem")
    Optional<UUID> workOrderOfItem(@Bind("id") UUID itemId);

    @SqlQuery("raisedFrom")
    Optional<UUID> raisedFrom(@Bind("itemId") UUID itemId);

    final class HeadMapper implements RowMapper<Head> {
        @Override
        public Head map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Head(
                    rs.getObject("id", UUID.class),
                    rs.getObject("work_order_id", UUID.class),
                    rs.getString("name"),
                    rs.getObject("signed_at", OffsetDateTime.class),
                    rs.getObject("signed_by", UUID.class),
                    rs.getString("results_hash"),
                    rs.getInt("version"));
        }
    }

    final class ItemMapper implements RowMapper<ChecklistItem> {
        @Override
        public ChecklistItem map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ChecklistItem(
                    rs.getObject("id", UUID.class),
                    rs.getObject("checklist_id", UUID.class),
                    rs.getInt("position"),
                    rs.getString("prompt"),
                    ItemKind.fromDb(rs.getString("kind")),
                    rs.getString("unit"),
                    rs.getBigDecimal("low_limit"),
                    rs.getBigDecimal("high_limit"),
                    (Boolean) rs.getObject("passed"),
                    rs.getBigDecimal("value"),
                    rs.getString("note"),
                    rs.getString("outcome"),
                    rs.getObject("answered_at", OffsetDateTime.class),
                    rs.getString("answered_by"));
        }
    }

    final class NewItemMapper implements RowMapper<NewChecklistItem> {
        @Override
        public NewChecklistItem map(ResultSet rs, StatementContext ctx) throws SQLException {
            BigDecimal low = rs.getBigDecimal("low_limit");
            return new NewChecklistItem(
                    rs.getString("prompt"),
                    ItemKind.fromDb(rs.getString("kind")),
                    rs.getString("unit"),
                    low,
                    rs.getBigDecimal("high_limit"));
        }
    }
}

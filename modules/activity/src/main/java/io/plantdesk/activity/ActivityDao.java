package io.plantdesk.activity;

import io.plantdesk.activity.api.AuditEntry;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the activity rollup and the audit log; longer SQL in ActivityDao/*.sql beside this class. */
@UseClasspathSqlLocator
public interface ActivityDao {

    /** core.activity_summary (sql/repeatable): stored days merged with live ones, planned once per session. */
    @SqlQuery("summary")
    @RegisterConstructorMapper(ActivityRow.class)
    List<ActivityRow> summary(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("summaryFromRaw")
    @RegisterConstructorMapper(ActivityRow.class)
    List<ActivityRow> summaryFromRaw(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("entries")
    @RegisterConstructorMapper(AuditEntry.class)
    List<AuditEntry> entries(
            @Bind("from") OffsetDateTime from,
            @Bind("to") OffsetDateTime to,
            @Bind("tableName") String tableName,
            @Bind("actor") String actor,
            @Bind("limit") int limit,
            @Bind("offset") int offset);

    @SqlQuery("history")
    @RegisterConstructorMapper(AuditEntry.class)
    List<AuditEntry> history(
            @Bind("tableName") String tableName, @Bind("rowId") String rowId, @Bind("limit") int limit);
}

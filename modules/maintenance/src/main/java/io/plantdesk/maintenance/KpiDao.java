package io.plantdesk.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The KPI reads: the rollup merged with live days (sql/repeatable/R__maint_kpis.sql) and the live backlog. */
@UseClasspathSqlLocator
public interface KpiDao {

    @SqlQuery("days")
    @RegisterConstructorMapper(KpiDay.class)
    List<KpiDay> days(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("daysFromRaw")
    @RegisterConstructorMapper(KpiDay.class)
    List<KpiDay> daysFromRaw(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("backlog")
    @RegisterConstructorMapper(Backlog.class)
    Backlog backlog();
}

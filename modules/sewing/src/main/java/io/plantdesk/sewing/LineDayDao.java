package io.plantdesk.sewing;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The day rollup's reads; SQL in LineDayDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(LineDay.class)
interface LineDayDao {

    @SqlQuery("lineDays")
    List<LineDay> lineDays(@Bind("from") LocalDate from, @Bind("to") LocalDate to);
}

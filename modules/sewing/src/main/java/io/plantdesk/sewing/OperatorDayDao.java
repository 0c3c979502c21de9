package io.plantdesk.sewing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Operators' days and the plant's pay currency under RLS; SQL in OperatorDayDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(OperatorDay.class)
public interface OperatorDayDao {

    @SqlQuery("operatorDays")
    List<OperatorDay> operatorDays(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("currency")
    Optional<String> currency();

    @SqlUpdate("putCurrency")
    void putCurrency(@Bind("id") UUID id, @Bind("currency") String currency);
}

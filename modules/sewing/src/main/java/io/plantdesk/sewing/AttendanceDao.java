package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A line's attendance sheet for a shift; SQL in AttendanceDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(AttendanceEntry.class)
interface AttendanceDao {

    @SqlQuery("sheet")
    List<AttendanceEntry> sheet(@Bind("lineId") UUID lineId, @Bind("shiftStart") OffsetDateTime shiftStart);

    @SqlUpdate("put")
    int put(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("lineId") UUID lineId,
            @Bind("personId") UUID personId,
            @Bind("shiftStart") OffsetDateTime shiftStart,
            @Bind("minutes") int minutes,
            @Bind("overtime") int overtime);

    @SqlUpdate("absent")
    int absent(@Bind("personId") UUID personId, @Bind("shiftStart") OffsetDateTime shiftStart);
}

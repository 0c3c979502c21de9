package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The attendance and output template's lookups and writes; SQL in TemplateDao/*.sql beside this class. */
@UseClasspathSqlLocator
interface TemplateDao {

    /** The start of the plant's named shift that starts at {@code time} on {@code day}, in the plant's time zone. */
    @SqlQuery("shiftStarting")
    Optional<OffsetDateTime> shiftStarting(@Bind("day") LocalDate day, @Bind("time") LocalTime time);

    /** The person of the caller's plant who logs in as {@code login} (row-level security keeps other plants out). */
    @SqlQuery("personByLogin")
    Optional<UUID> personByLogin(@Bind("login") String login);

    /** @return true when the person's shift was new, false when it corrected an earlier record */
    @SqlQuery("putAttendance")
    boolean putAttendance(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("lineId") UUID lineId,
            @Bind("personId") UUID personId,
            @Bind("shiftStart") OffsetDateTime shiftStart,
            @Bind("minutes") int minutes,
            @Bind("overtime") int overtime);

    /** @return true when the row was new, false when it updated an earlier import's */
    @SqlQuery("putOutput")
    boolean putOutput(
            @Bind("id") UUID id,
            @Bind("lineId") UUID lineId,
            @Bind("personId") UUID personId,
            @Bind("shiftStart") OffsetDateTime shiftStart,
            @Bind("pieces") int pieces,
            @Bind("smv") BigDecimal smv);

    @SqlUpdate("dropOutput")
    int dropOutput(
            @Bind("lineId") UUID lineId,
            @Bind("personId") UUID personId,
            @Bind("shiftStart") OffsetDateTime shiftStart);
}

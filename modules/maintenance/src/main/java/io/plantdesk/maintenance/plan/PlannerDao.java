package io.plantdesk.maintenance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The planner's reads and the capacity writes, as the person's own login under RLS. */
@UseClasspathSqlLocator
public interface PlannerDao {

    @SqlQuery("technicians")
    @RegisterRowMapper(PlanMappers.TechnicianMapper.class)
    List<PlanTechnician> technicians(
            @Bind("monday") LocalDate monday, @Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("cards")
    @RegisterRowMapper(PlanMappers.CardMapper.class)
    List<PlanCard> cards(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("plantZone")
    String plantZone();

    @SqlQuery("scheduleCompliance")
    @SingleValue
    @RegisterRowMapper(PlanMappers.ComplianceMapper.class)
    long[] scheduleCompliance(
            @Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to, @Bind("zone") String zone);

    @SqlQuery("personName")
    Optional<String> personName(@Bind("login") String login);

    @SqlQuery("shifts")
    @RegisterConstructorMapper(ShiftChoice.class)
    List<ShiftChoice> shifts();

    @SqlUpdate("setCapacity")
    void setCapacity(
            @Bind("id") UUID id,
            @Bind("personId") UUID personId,
            @Bind("shiftId") UUID shiftId,
            @Bind("hoursPerDay") BigDecimal hoursPerDay,
            @Bind("workDays") Integer[] workDays);

    @SqlUpdate("clearCapacity")
    int clearCapacity(@Bind("personId") UUID personId);
}

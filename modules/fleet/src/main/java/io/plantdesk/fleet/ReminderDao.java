package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reminders under RLS, read through fleet.reminder_status; SQL in ReminderDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(ReminderMapper.class)
public interface ReminderDao {

    @SqlUpdate("insert")
    void insert(@Bind("id") UUID id, @Bind("previousId") UUID previousId, @BindMethods("d") ReminderDraft draft);

    /** 0 rows: someone else saved first, or it was done or deleted meanwhile. */
    @SqlUpdate("update")
    int update(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") ReminderDraft draft);

    @SqlUpdate("complete")
    int complete(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @Bind("doneOn") LocalDate doneOn,
            @Bind("doneOdometer") BigDecimal doneOdometer);

    @SqlUpdate("delete")
    int delete(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("find")
    Optional<Reminder> find(@Bind("id") UUID id);

    /** Open reminders (and done ones when asked) of one vehicle, or of all when vehicleId is null; most urgent first. */
    @SqlQuery("list")
    List<Reminder> list(@Bind("vehicleId") UUID vehicleId, @Bind("withDone") boolean withDone);

    /** The open reminders of the vehicles kept in a garage (null: every vehicle), for its calendar. */
    @SqlQuery("ofGarage")
    List<Reminder> ofGarage(@Bind("garageId") UUID garageId);
}

package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminders on the real database: states, whichever comes first, recurrence, rules, RLS, the calendar. */
@ExtendWith(PostgresExtension.class)
class ReminderServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static ReminderService reminders;
    static EventService events;
    static FleetService fleet;
    static LocalDate today;
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Reminder plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        reminders = new ReminderService(db.jdbiAs(planner), Clock.systemUTC());
        events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        today = LocalDate.now(fleet.plantZone());
    }

    private static void reading(Vehicle v, int km) {
        events.record(EventDraft.of(v.id(), EventKind.ODOMETER, NOW.minusHours(1), BigDecimal.valueOf(km), null, null));
    }

    private static BigDecimal km(int v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void aReminderIsUpcomingDueSoonOrOverdueByDateByReadingOrWhicheverComesFirst() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 1").van();
        reading(van, 50_000);
        Reminder far =
                reminders.create(ReminderDraft.byDate(van.id(), "Fitness certificate", today.plusDays(60), null));
        Reminder soon = reminders.create(ReminderDraft.byDate(van.id(), "Road tax", today.plusDays(10), null));
        Reminder late = reminders.create(ReminderDraft.byDate(van.id(), "Insurance", today.minusDays(3), null));
        Reminder kmFar = reminders.create(ReminderDraft.byOdometer(van.id(), "Tyres", km(60_000), null));
        Reminder kmSoon = reminders.create(ReminderDraft.byOdometer(van.id(), "Oil", km(50_300), null));
        Reminder kmLate = reminders.create(ReminderDraft.byOdometer(van.id(), "Brakes", km(49_000), null));
        // Whichever comes first: the day is far, the reading is close, so it is due soon.
        Reminder either = reminders.create(
                new ReminderDraft(van.id(), "Service", null, today.plusDays(90), km(50_200), null, null, 14, km(500)));

        assertThat(far.state()).isEqualTo(ReminderState.UPCOMING);
        assertThat(far.daysLeft()).isEqualTo(60);
        assertThat(soon.state()).isEqualTo(ReminderState.DUE_SOON);
        assertThat(late.state()).isEqualTo(ReminderState.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-3);
        assertThat(kmFar.state()).isEqualTo(ReminderState.UPCOMING);
        assertThat(kmFar.distanceLeft()).isEqualByComparingTo("10000");
        assertThat(kmSoon.state()).isEqualTo(ReminderState.DUE_SOON);
        assertThat(kmLate.state()).isEqualTo(ReminderState.OVERDUE);
        assertThat(either.state()).isEqualTo(ReminderState.DUE_SOON);

        assertThat(reminders.list(van.id(), false))
                .extracting(Reminder::title)
                .as("most urgent first")
                .startsWith("Insurance", "Brakes")
                .endsWith("Tyres");
        VehicleOverview line = fleet.overview().stream()
                .filter(o -> o.id().equals(van.id()))
                .findFirst()
                .orElseThrow();
        assertThat(line.nextTitle()).isEqualTo("Insurance");
        assertThat(line.nextReminderState()).isEqualTo(ReminderState.OVERDUE);
        assertThat(line.nextDueOn()).isEqualTo(today.minusDays(3));
    }

    @Test
    void aFlaggedReadingDoesNotMakeAReminderDue() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 2").van();
        reading(van, 10_000);
        events.record(EventDraft.of(van.id(), EventKind.ODOMETER, NOW.minusDays(5), km(90_000), null, "typo"));
        Reminder r = reminders.create(ReminderDraft.byOdometer(van.id(), "Oil", km(20_000), null));
        assertThat(r.currentOdometer()).isEqualByComparingTo("10000");
        assertThat(r.state()).isEqualTo(ReminderState.UPCOMING);
    }

    @Test
    void markingARecurringReminderDoneAddsTheNextOccurrenceOnce() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 3").van();
        reading(van, 30_000);
        Reminder r = reminders.create(new ReminderDraft(
                van.id(), "Oil and filter", "5W-30", today.minusDays(1), km(30_500), 6, km(10_000), 14, km(500)));
        ReminderService tech = new ReminderService(db.jdbiAs(technician), Clock.systemUTC());
        var done = tech.complete(r.id(), r.version(), today, km(30_100)).orElseThrow();
        assertThat(done.done().state()).isEqualTo(ReminderState.DONE);
        assertThat(done.done().doneOdometer()).isEqualByComparingTo("30100");
        Reminder next = done.next().orElseThrow();
        assertThat(next.dueOn()).isEqualTo(today.plusMonths(6));
        assertThat(next.dueOdometer()).isEqualByComparingTo("40100");
        assertThat(next.previousId()).isEqualTo(r.id());
        assertThat(next.notes()).isEqualTo("5W-30");
        assertThat(next.state()).isEqualTo(ReminderState.UPCOMING);

        assertThat(tech.complete(r.id(), r.version(), today, null))
                .as("the same click again")
                .isEmpty();
        assertThat(reminders.list(van.id(), false)).extracting(Reminder::id).containsExactly(next.id());
        assertThat(reminders.list(van.id(), true)).extracting(Reminder::id).containsExactly(next.id(), r.id());

        // A one-off is just done.
        Reminder once = reminders.create(ReminderDraft.byDate(van.id(), "Fix the mirror", today, null));
        assertThat(reminders
                        .complete(once.id(), once.version(), today, null)
                        .orElseThrow()
                        .next())
                .isEmpty();
    }

    @Test
    void theDatabaseKeepsTheRulesWithSentences() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 4").van();
        assertThatThrownBy(() -> reminders.create(
                        new ReminderDraft(van.id(), "Nothing due", null, null, null, null, null, 14, km(500))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A reminder is due on a day, at an odometer reading, or both (whichever comes first).");
        assertThatThrownBy(() ->
                        reminders.create(new ReminderDraft(van.id(), "Odd", null, null, km(100), 6, null, 14, km(500))))
                .hasMessage("A reminder that repeats every few months needs its first day.");
        assertThatThrownBy(() ->
                        reminders.create(new ReminderDraft(van.id(), " ", null, today, null, null, null, 14, km(500))))
                .hasMessage("A reminder needs a title of at most 120 characters.");
        assertThatThrownBy(() -> reminders.create(
                        new ReminderDraft(van.id(), "Soon", null, today, null, null, null, 400, km(500))))
                .hasMessage("\"Due soon\" is 0 to 365 days before.");

        Reminder r = reminders.create(ReminderDraft.byDate(van.id(), "Road tax", today, 12));
        Reminder done = reminders
                .complete(r.id(), r.version(), today, null)
                .orElseThrow()
                .done();
        assertThat(reminders.save(done.id(), done.version(), done.draft()))
                .as("a done one is not edited")
                .isEmpty();
        // By hand, past the service: done stays done, and the sentence comes from the fleet's bundle.
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(h -> h.execute(
                                "update fleet.reminder set done_at = null, done_on = null where id = ?", r.id())))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("stays done");
        assertThatThrownBy(() -> Db.call(
                        db.jdbiAs(planner),
                        h -> h.execute(
                                "update fleet.reminder set done_at = null, done_on = null where id = ?", r.id())))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("This reminder is marked done and stays so: plan the next one instead.");
        // A second "next" of the same done occurrence is refused by the unique index.
        Reminder next = reminders.list(van.id(), false).getFirst();
        assertThatThrownBy(() -> Db.call(db.jdbiAs(planner), h -> {
                    h.attach(ReminderDao.class).insert(UUID.randomUUID(), r.id(), next.draft());
                    return null;
                }))
                .hasMessage("This reminder was already marked done; its next occurrence is in the list.");
    }

    @Test
    void aDeletedEventsLocationCorrectionReadsInPlantWords() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 5").van();
        VehicleEvent e = events.record(new EventDraft(
                van.id(),
                EventKind.DAMAGE,
                NOW.minusDays(1),
                null,
                null,
                null,
                null,
                "Scratch",
                null,
                null,
                "Gate 2",
                null,
                null));
        VehicleEvent deleted = events.delete(e.id(), e.version()).orElseThrow();
        assertThatThrownBy(() -> events.correctLocation(deleted.id(), null, null, "Yard", "Was at the yard"))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("This event is deleted: restore it before correcting where it happened.");
    }

    @Test
    void driversReadButDoNotPlanAndOtherPlantsSeeNothing() {
        Vehicle van = FleetFixture.plant(db, planner, "REM 6").van();
        Reminder r = reminders.create(ReminderDraft.byDate(van.id(), "Inspection", today.plusDays(30), null));
        ReminderService driver = new ReminderService(db.jdbiAs(operator), Clock.systemUTC());
        assertThat(driver.find(r.id())).isPresent();
        assertThatThrownBy(() -> driver.create(ReminderDraft.byDate(van.id(), "Mine", today, null)))
                .isInstanceOf(PlantdeskException.class);
        assertThatThrownBy(() -> driver.complete(r.id(), r.version(), today, null))
                .isInstanceOf(PlantdeskException.class);

        UUID other = db.createTenant("Other reminder plant");
        TestUser stranger = db.createUser(other, AppRole.ADMIN);
        ReminderService theirs = new ReminderService(db.jdbiAs(stranger), Clock.systemUTC());
        assertThat(theirs.find(r.id())).isEmpty();
        assertThat(theirs.list(null, true)).isEmpty();
        assertThat(theirs.complete(r.id(), r.version(), today, null)).isEmpty();
        assertThat(theirs.delete(r.id(), r.version())).isEmpty();
        assertThat(theirs.calendar(null, "x", x -> x.title(), x -> null)).doesNotContain("Inspection");
        assertThat(reminders.find(r.id()).orElseThrow().version())
                .as("untouched")
                .isEqualTo(r.version());
    }

    @Test
    void aGaragesCalendarIsReadByACalendarProgram() throws Exception {
        FleetFixture depot = FleetFixture.plant(db, planner, "ICS 1");
        Vehicle van = depot.van();
        Vehicle elsewhere = FleetFixture.plant(db, planner, "ICS 2").van();
        Reminder tax = reminders.create(new ReminderDraft(
                van.id(),
                "Road tax; token, renewal",
                "Bring the \\ papers\nand fee",
                today.plusDays(20),
                null,
                12,
                null,
                10,
                km(500)));
        reminders.create(ReminderDraft.byOdometer(van.id(), "Tyres", km(80_000), null));
        reminders.create(ReminderDraft.byDate(elsewhere.id(), "Other garage's", today.plusDays(5), null));
        Reminder finished = reminders.create(ReminderDraft.byDate(van.id(), "Done already", today, null));
        reminders.complete(finished.id(), finished.version(), today, null);

        String ics = reminders.calendar(
                depot.garage().id(), "Depot ICS 1", r -> r.plate() + ": " + r.title(), Reminder::notes);
        assertThat(ics.lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertThat(ics).contains("\r\n");
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> list = cal.getComponents(Component.VEVENT);
        assertThat(list).as("the garage's open, dated reminders only").hasSize(1);
        VEvent e = list.getFirst();
        assertThat(e.getProperty(Property.UID).orElseThrow().getValue())
                .contains(tax.id().toString());
        assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("ICS 1: Road tax; token, renewal");
        assertThat(e.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Bring the \\ papers\nand fee");
        assertThat(e.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(tax.dueOn().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(e.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        List<VAlarm> alarms = e.getAlarms();
        assertThat(alarms).hasSize(1);
        assertThat(alarms.getFirst().getProperty(Property.TRIGGER).orElseThrow().getValue())
                .isEqualTo("-P10D");
    }
}

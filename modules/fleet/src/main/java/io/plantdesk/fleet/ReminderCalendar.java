package io.plantdesk.fleet;

import io.plantdesk.platform.ics.IcsWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reminders as an iCalendar object: one all-day event on each due day (DATE values, the next day as
 * DTEND), DTSTAMP in UTC, the reminder's version as SEQUENCE, and a display alarm the reminder's
 * "due soon" days before. How iCalendar text is written is {@link IcsWriter}'s, shared with the
 * maintenance planner. A reminder due only by odometer reading has no day and is not given here.
 */
final class ReminderCalendar {

    private ReminderCalendar() {}

    static String write(
            String name,
            List<Reminder> reminders,
            Function<Reminder, String> summary,
            Function<Reminder, String> description,
            Instant stamp) {
        IcsWriter w = IcsWriter.calendar("Fleet reminders", name);
        for (Reminder r : reminders) {
            String what = summary.apply(r);
            w.begin("VEVENT")
                    .value("UID", r.id() + "@fleet.plantdesk")
                    .utc("DTSTAMP", stamp)
                    .date("DTSTART", r.dueOn())
                    .date("DTEND", r.dueOn().plusDays(1))
                    // The version: a calendar that imported the file before replaces the edited event.
                    .value("SEQUENCE", Integer.toString(r.version() - 1))
                    .text("SUMMARY", what)
                    .textIfAny("DESCRIPTION", description.apply(r))
                    .value("TRANSP", "TRANSPARENT");
            if (r.soonDays() > 0) {
                w.begin("VALARM")
                        .value("ACTION", "DISPLAY")
                        .text("DESCRIPTION", what)
                        .value("TRIGGER", "-P" + r.soonDays() + "D")
                        .end("VALARM");
            }
            w.end("VEVENT");
        }
        return w.finish();
    }
}

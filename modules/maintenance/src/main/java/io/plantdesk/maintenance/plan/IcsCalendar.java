package io.plantdesk.maintenance.plan;

import io.plantdesk.platform.ics.IcsWriter;
import java.util.List;

/**
 * The planner's week as an iCalendar object: one timed event per planned work order, in UTC, with
 * its work order's revision as SEQUENCE so a calendar that imported it before updates it. How
 * iCalendar text is written (folding, escaping, times) is {@link IcsWriter}'s, shared with the
 * fleet's reminders.
 */
public final class IcsCalendar {

    private IcsCalendar() {}

    /** The whole file: a VCALENDAR named {@code name} holding the events. */
    public static String write(String name, List<IcsEvent> events) {
        IcsWriter w = IcsWriter.calendar("Maintenance planner", name);
        for (IcsEvent e : events) {
            w.begin("VEVENT")
                    .text("UID", e.uid())
                    .utc("DTSTAMP", e.stamp())
                    .utc("DTSTART", e.start())
                    .utc("DTEND", e.end())
                    .value("SEQUENCE", Integer.toString(e.sequence()))
                    .text("SUMMARY", e.summary())
                    .textIfAny("DESCRIPTION", e.description())
                    .textIfAny("LOCATION", e.location())
                    .value("STATUS", e.confirmed() ? "CONFIRMED" : "TENTATIVE")
                    .value("TRANSP", "OPAQUE")
                    .end("VEVENT");
        }
        return w.finish();
    }

    /** A TEXT value as the file holds it (see {@link IcsWriter#escape}). */
    static String text(String s) {
        return IcsWriter.escape(s);
    }
}

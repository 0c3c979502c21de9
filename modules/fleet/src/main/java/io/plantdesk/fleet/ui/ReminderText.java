package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Reminder;
import io.plantdesk.fleet.ReminderState;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.ui.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** How reminders read: when they are due, how much is left, and their state's words and colour. */
final class ReminderText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    /** Month and day in the person's order ("Jan 30", "30 Jan"). */
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofLocalizedPattern("MMMd");

    static final String[] STATE_STYLES = {"reminder-overdue", "reminder-due-soon", "reminder-upcoming", "reminder-done"
    };

    private final Messages m;

    ReminderText(Messages m) {
        this.m = m;
    }

    /** "12 Jan 2027", "85,000 km" or "12 Jan 2027 or 85,000 km" (whichever comes first). */
    String due(LocalDate on, BigDecimal odometer, String unit) {
        String reading = odometer == null ? null : distance(odometer, unit);
        if (on != null && reading != null) {
            return m.get("reminder.due.either", DAY.format(on), reading);
        }
        return on != null ? DAY.format(on) : reading == null ? "" : reading;
    }

    String distance(BigDecimal v, String unit) {
        return m.get(
                "reminder.distance",
                NumberFormat.getIntegerInstance().format(v.setScale(0, RoundingMode.HALF_UP)),
                m.get("odometer." + unit));
    }

    /** "in 12 days, 430 km left", "3 days overdue", "done on 2 Dec 2026". */
    String left(Reminder r) {
        if (r.state() == ReminderState.DONE) {
            return m.get("reminder.done.on", DAY.format(r.doneOn()));
        }
        String days = r.daysLeft() == null
                ? null
                : r.daysLeft() < 0
                        ? m.get("reminder.days.over", -r.daysLeft())
                        : r.daysLeft() == 0 ? m.get("reminder.today") : m.get("reminder.days.left", r.daysLeft());
        String km = r.distanceLeft() == null
                ? null
                : r.distanceLeft().signum() <= 0
                        ? m.get(
                                "reminder.distance.over",
                                distance(r.distanceLeft().negate(), r.odometerUnit()))
                        : m.get("reminder.distance.left", distance(r.distanceLeft(), r.odometerUnit()));
        if (days != null && km != null) {
            return m.get("reminder.left.both", days, km);
        }
        return days != null ? days : km != null ? km : m.get("reminder.no.reading");
    }

    /** "every 6 months", "every 10,000 km", both, or nothing for a one-off. */
    String repeats(Reminder r) {
        String months = r.everyMonths() == null ? null : m.get("reminder.every.months", r.everyMonths());
        String km = r.everyDistance() == null
                ? null
                : m.get("reminder.every.distance", distance(r.everyDistance(), r.odometerUnit()));
        if (months != null && km != null) {
            return m.get("reminder.every.both", months, km);
        }
        return months != null ? months : km != null ? km : "";
    }

    String state(ReminderState s) {
        return m.get("reminder.state." + s.dbValue());
    }

    static String style(ReminderState s) {
        return STATE_STYLES[s.ordinal()];
    }

    /** The overview's "Next reminder" column: the most urgent open one, coloured by its state. */
    TableColumn<VehicleOverview, VehicleOverview> overviewColumn() {
        TableColumn<VehicleOverview, VehicleOverview> c = new TableColumn<>(m.get("overview.next"));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(VehicleOverview v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(STATE_STYLES);
                if (empty || v == null || v.nextTitle() == null) {
                    setText(null);
                    return;
                }
                setText(overviewText(v));
                getStyleClass().add(style(v.nextReminderState()));
            }
        });
        return c;
    }

    /**
     * "Road tax: overdue", "Tyres: 85,000 km", "Service: Jan 30" (a day in the coming months without
     * its year, so the column stays narrow); empty when the vehicle has no open reminder.
     */
    String overviewText(VehicleOverview v) {
        if (v.nextTitle() == null) {
            return "";
        }
        ReminderState s = v.nextReminderState();
        if (s != ReminderState.UPCOMING) {
            return m.get("overview.next.value", v.nextTitle(), state(s));
        }
        LocalDate on = v.nextDueOn();
        LocalDate today = LocalDate.now();
        boolean soon = on != null && !on.isBefore(today) && on.isBefore(today.plusMonths(11));
        String when = soon && v.nextDueOdometer() == null
                ? SHORT_DAY.format(on)
                : due(on, v.nextDueOdometer(), v.odometerUnit());
        return m.get("overview.next.value", v.nextTitle(), when);
    }

    /** Overdue and due soon show in bold (the state must not rest on colour alone). */
    static boolean urgent(VehicleOverview v) {
        ReminderState s = v.nextReminderState();
        return s == ReminderState.OVERDUE || s == ReminderState.DUE_SOON;
    }
}

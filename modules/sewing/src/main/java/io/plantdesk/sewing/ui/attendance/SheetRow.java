package io.plantdesk.sewing.ui.attendance;

import io.plantdesk.sewing.AttendanceEntry;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One operator's line on the sheet as typed: the fields hold text so that whatever was typed stays
 * on the screen through a refused save; {@link #check} reads it into an entry or says what is
 * wrong, with the database's own ranges.
 */
public final class SheetRow {

    private final UUID personId;
    private final String name;
    private final BooleanProperty present = new SimpleBooleanProperty();
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty overtime = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    SheetRow(AttendanceEntry e) {
        this.personId = e.personId();
        this.name = e.displayName();
        present.set(e.present());
        minutes.set(e.minutes() == null ? "" : Integer.toString(e.minutes()));
        overtime.set(e.overtime() == null || e.overtime() == 0 ? "" : Integer.toString(e.overtime()));
    }

    /**
     * The entry to save, or empty with {@link #problemProperty()} set to the sentence.
     *
     * @param text the screen's sentences by key and arguments
     */
    Optional<AttendanceEntry> check(BiFunction<String, Object[], String> text) {
        problem.set("");
        if (!present.get()) {
            return Optional.of(new AttendanceEntry(personId, name, false, null, null));
        }
        Integer m = whole(minutes.get());
        if (m == null || m < 1 || m > AttendanceEntry.MAX_MINUTES) {
            problem.set(text.apply("att.check.minutes", new Object[] {name, AttendanceEntry.MAX_MINUTES}));
            return Optional.empty();
        }
        String ot = overtime.get() == null ? "" : overtime.get().strip();
        Integer o = ot.isEmpty() ? Integer.valueOf(0) : whole(ot);
        if (o == null || o < 0 || o > AttendanceEntry.MAX_OVERTIME) {
            problem.set(text.apply("att.check.overtime", new Object[] {name, AttendanceEntry.MAX_OVERTIME}));
            return Optional.empty();
        }
        return Optional.of(new AttendanceEntry(personId, name, true, m, o));
    }

    private static Integer whole(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public UUID personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty overtimeProperty() {
        return overtime;
    }

    /** Why this line cannot be saved as typed; empty when it can. */
    public StringProperty problemProperty() {
        return problem;
    }
}

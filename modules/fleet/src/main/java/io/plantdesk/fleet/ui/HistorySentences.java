package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Revision;
import io.plantdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event's revisions as sentences a person reads: "Asha Rahman changed the cost from 120.00 to
 * 135.50 and the description from "Brake pads" to "Brake pads and discs"." Field names and kinds
 * come from the bundle; the database's own column names never show.
 */
final class HistorySentences {

    /** Bookkeeping fields a person did not type: left out of the sentences. */
    private static final Set<String> QUIET = Set.of("vehicle_id", "deleted_at", "odometer_review");

    private final Messages m;

    HistorySentences(Messages m) {
        this.m = m;
    }

    String sentence(Revision r) {
        String who = r.personName() != null ? r.personName() : m.get("history.someone");
        return switch (r.action()) {
            case "created" -> m.get("history.created", who);
            case "deleted" -> m.get("history.deleted", who);
            case "restored" -> m.get("history.restored", who);
            case "location_corrected" -> m.get("history.moved", who, changes(r));
            default -> m.get("history.changed", who, changes(r));
        };
    }

    private String changes(Revision r) {
        List<String> parts = new ArrayList<>();
        for (Revision.FieldChange c : r.changes()) {
            if (QUIET.contains(c.field())) {
                continue;
            }
            if ("reviewed_at".equals(c.field())) {
                // Confirmed (set); a correction of the reading clears it as the reading is checked again.
                if (c.before() == null && c.after() != null) {
                    parts.add(m.get("history.reviewed"));
                }
                continue;
            }
            String field = m.get("field." + c.field());
            String before = value(c.field(), c.before());
            String after = value(c.field(), c.after());
            parts.add(
                    c.before() == null
                            ? m.get("history.set", field, after)
                            : c.after() == null
                                    ? m.get("history.cleared", field, before)
                                    : m.get("history.fromTo", field, before, after));
        }
        if (parts.isEmpty()) {
            return m.get("history.nothing");
        }
        return String.join(m.get("history.and"), parts);
    }

    private String value(String field, String raw) {
        if (raw == null) {
            return null;
        }
        return switch (field) {
            case "kind" -> m.get("kind." + raw);
            case "filled_to_full", "missed_fill" -> m.get("true".equals(raw) ? "yes" : "no");
            default -> raw;
        };
    }
}

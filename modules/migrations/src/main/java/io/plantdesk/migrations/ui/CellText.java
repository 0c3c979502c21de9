package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.ui.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a grid cell reads: a symbol and a word (never colour alone), the style class that colours
 * it, and the tooltip with when, by whom and how long.
 */
final class CellText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz"); // the zone shown: the same row reads differently elsewhere

    private CellText() {
    }

    static String text(HistoryCell c, Messages m) {
        if (c == null) {
            return "–";
        }
        String state = m.get("state." + c.state().name().toLowerCase(Locale.ROOT));
        return switch (c.state()) {
            case APPLIED, DRIFT, UNKNOWN -> c.installedOn() == null ? state
                    : state + " " + DAY.format(c.installedOn().atZone(ZoneId.systemDefault()));
            default -> state;
        };
    }

    static String styleClass(CellState s) {
        return "mig-" + s.name().toLowerCase(Locale.ROOT);
    }

    static String tooltip(HistoryCell c, Messages m) {
        String what = m.get("state." + c.state().name().toLowerCase(Locale.ROOT) + ".hint");
        if (c.installedOn() == null) {
            return what;
        }
        return what + "\n" + m.get("cell.ran", WHEN.format(c.installedOn().atZone(ZoneId.systemDefault())), c.installedBy(),
                c.executionMs() == null ? "–" : c.executionMs());
    }

    static String checksum(Integer checksum) {
        return checksum == null ? "–" : String.format("%08x", checksum);
    }
}

package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.ui.i18n.Formats;
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

    private CellText() {}

    static String text(HistoryCell c, Messages m) {
        if (c == null) {
            return "–";
        }
        String state = m.get("state." + c.state().name().toLowerCase(Locale.ROOT));
        return switch (c.state()) {
            case APPLIED, DRIFT, UNKNOWN ->
                c.installedOn() == null
                        ? state
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
        return what + "\n"
                + m.get(
                        "cell.ran",
                        Formats.system().dateTimeWithZone(c.installedOn()),
                        who(c.installedBy(), m),
                        c.executionMs() == null ? "–" : c.executionMs());
    }

    /**
     * Who ran a migration, in words: the server's superuser is the set-up (the embedded server's
     * own, or a DBA's installation account) and Plantdesk's owner roles are Plantdesk itself; a
     * person's login stays as typed, which is how a DBA knows their colleagues.
     */
    static String who(String login, Messages m) {
        if (login == null || login.isBlank()) {
            return "–";
        }
        return switch (login) {
            case "postgres" -> m.get("by.superuser");
            case "plantdesk_owner", "plantdesk_security" -> m.get("by.plantdesk");
            default -> login;
        };
    }

    static String checksum(Integer checksum) {
        return checksum == null ? "–" : String.format("%08x", checksum);
    }
}

package io.plantdesk.shifts;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.ids.Ids;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

/**
 * Lists and edits the plant's shift calendar. Checks {@link ShiftRules} before sending; the
 * database checks again (another admin may have added a shift meanwhile) and its refusals come
 * back as the same sentences. Edits are optimistic: a stale version is refused.
 */
public final class ShiftService {

    private final Jdbi jdbi;
    private final Ids ids;

    public ShiftService(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    public List<ShiftPattern> list() {
        return dao(d -> d.live().stream().map(ShiftService::toPattern).toList());
    }

    /** Saves a new shift (id null) or an edit (id and the version it was read at). */
    public ShiftPattern save(ShiftPattern draft) {
        List<Text> problems = ShiftRules.problems(draft, list());
        if (!problems.isEmpty()) {
            throw new PlantdeskException(problems.getFirst(), null);
        }
        String name = draft.name().strip();
        String breaks = breaksJson(draft);
        String days = draft.days().stream()
                .map(d -> Integer.toString(d.getValue()))
                .sorted()
                .collect(Collectors.joining(",", "{", "}"));
        if (draft.id() == null) {
            UUID id = ids.next();
            dao(d -> d.insert(id, name, draft.starts(), draft.ends(), breaks, days, draft.validFrom()));
            return new ShiftPattern(
                    id, name, draft.starts(), draft.ends(), draft.breaks(), draft.days(), draft.validFrom(), 1);
        }
        int n = dao(d -> d.update(
                draft.id(), draft.version(), name, draft.starts(), draft.ends(), breaks, days, draft.validFrom()));
        if (n == 0) {
            throw stale(name);
        }
        return new ShiftPattern(
                draft.id(),
                name,
                draft.starts(),
                draft.ends(),
                draft.breaks(),
                draft.days(),
                draft.validFrom(),
                draft.version() + 1);
    }

    public void delete(ShiftPattern shift) {
        if (dao(d -> d.delete(shift.id(), shift.version())) == 0) {
            throw stale(shift.name());
        }
    }

    /** The name of the plant's shift at a moment, empty in a "no shift" stretch. */
    public Optional<String> shiftAt(OffsetDateTime at) {
        return dao(d -> d.shiftNameAt(at)).stream().filter(s -> s != null).findFirst();
    }

    private static PlantdeskException stale(String name) {
        return new PlantdeskException(
                ShiftRules.text("shifts.error.stale", name), ShiftRules.text("shifts.error.staleHint"));
    }

    private <T> T dao(Function<ShiftDao, T> work) {
        try {
            return jdbi.withExtension(ShiftDao.class, work::apply);
        } catch (JdbiException e) {
            throw refusal(e);
        }
    }

    // The database's own checks, in the bundle's words (the overlap trigger names the other shift).
    private static RuntimeException refusal(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Text text = switch (sql.getSQLState()) {
                    case "23P01" -> ShiftRules.text("shifts.error.overlap", detail(sql));
                    case "23505" -> ShiftRules.text("shifts.error.nameTaken");
                    case "23514" -> ShiftRules.text("shifts.error.refused");
                    default -> null;
                };
                return text == null ? DbErrors.translate(sql, null) : new PlantdeskException(text, null, sql);
            }
        }
        return e;
    }

    private static String detail(SQLException sql) {
        if (sql instanceof PSQLException p
                && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getDetail() != null) {
            return p.getServerErrorMessage().getDetail();
        }
        return "?";
    }

    private static String breaksJson(ShiftPattern s) {
        return s.breaks().stream()
                .map(b -> "{\"start\": \""
                        + String.format(
                                "%02d:%02d", b.start().getHour(), b.start().getMinute()) + "\", \"minutes\": "
                        + b.minutes() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static ShiftPattern toPattern(ShiftRow r) {
        List<ShiftBreak> breaks = r.breaks().isEmpty()
                ? List.of()
                : Arrays.stream(r.breaks().split(","))
                        .map(b -> b.split("/"))
                        .map(p -> new ShiftBreak(LocalTime.parse(p[0]), Integer.parseInt(p[1])))
                        .toList();
        var days = Arrays.stream(r.days().split(","))
                .map(d -> DayOfWeek.of(Integer.parseInt(d)))
                .collect(Collectors.toSet());
        return new ShiftPattern(r.id(), r.name(), r.starts(), r.ends(), breaks, days, r.validFrom(), r.version());
    }
}

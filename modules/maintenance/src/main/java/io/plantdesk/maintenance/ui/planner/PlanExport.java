package io.plantdesk.maintenance.ui.planner;

import io.plantdesk.maintenance.plan.IcsCalendar;
import io.plantdesk.maintenance.plan.IcsEvent;
import io.plantdesk.maintenance.plan.PlanCard;
import io.plantdesk.maintenance.plan.PlanTechnician;
import io.plantdesk.maintenance.plan.WeekPlan;
import io.plantdesk.ui.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The week's plan as .ics files: one per technician with work that week, and one for the whole
 * plan. Events carry a UID made from the work order's id, so a second export of the same work
 * order updates the event in a calendar program instead of duplicating it. Runs off the FX thread.
 */
final class PlanExport {

    private final Messages m;

    PlanExport(Messages m) {
        this.m = m;
    }

    /** Writes the files into {@code dir} (each written whole, then moved in place); returns them. */
    List<Path> write(WeekPlan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        String week = plan.monday().get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(Locale.ROOT, "%02d", plan.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Map<UUID, String> names =
                plan.technicians().stream().collect(Collectors.toMap(PlanTechnician::personId, PlanTechnician::name));
        List<PlanCard> inWeek =
                plan.cards().stream().filter(c -> plan.dayOf(c) >= 0).toList();
        List<Path> files = new ArrayList<>();
        files.add(file(
                dir,
                m.get("planner.ics.plan.file") + "-" + week,
                IcsCalendar.write(m.get("planner.ics.plan.name", week), events(inWeek, names))));
        for (PlanTechnician t : plan.technicians()) {
            List<PlanCard> theirs = inWeek.stream()
                    .filter(c -> c.assignees().contains(t.personId()))
                    .toList();
            if (!theirs.isEmpty()) {
                files.add(file(
                        dir,
                        safe(t.name()) + "-" + week,
                        IcsCalendar.write(m.get("planner.ics.person.name", t.name(), week), events(theirs, names))));
            }
        }
        return files;
    }

    List<IcsEvent> events(List<PlanCard> cards, Map<UUID, String> names) {
        Function<PlanCard, String> who = c -> c.assignees().stream()
                .map(id -> names.getOrDefault(id, ""))
                .filter(s -> !s.isEmpty())
                .sorted()
                .collect(Collectors.joining(", "));
        return cards.stream()
                .map(c -> new IcsEvent(
                        uid(c.id()),
                        c.updatedAt().toInstant(),
                        c.start().toInstant(),
                        c.end().toInstant(),
                        m.get("planner.ics.summary", c.number(), c.title()),
                        description(c, who.apply(c)),
                        c.assetName(),
                        c.version(),
                        true))
                .toList();
    }

    /** Stable per work order, whatever file it is in and however often it is exported. */
    static String uid(UUID workOrder) {
        return "workorder-" + workOrder + "@plantdesk";
    }

    private String description(PlanCard c, String assignees) {
        StringBuilder b = new StringBuilder();
        b.append(m.get("planner.ics.hours", PlannerTexts.hours(c.hours())));
        if (!assignees.isEmpty()) {
            b.append('\n').append(m.get("planner.ics.assigned", assignees));
        }
        if (c.description() != null && !c.description().isBlank()) {
            b.append("\n\n").append(c.description());
        }
        return b.toString();
    }

    private static Path file(Path dir, String base, String content) throws IOException {
        Path target = dir.resolve(base + ".ics");
        Path tmp = Files.createTempFile(dir, ".plan", ".part");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** A person's name as a file name on every OS: letters and digits, the rest as "-". */
    static String safe(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "technician" : s;
    }
}

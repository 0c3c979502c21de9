package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.VendorDraft;
import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parts screen's catalogue writes (planners and admins): parts, vendors and stock locations,
 * created or edited, each on the TaskRunner and answered on the FX thread. A refusal comes back as
 * a sentence for the dialog, which stays open with what was typed; a stale edit comes back as a
 * conflict with the version someone else saved, for the side-by-side dialog.
 */
public final class CatalogueModel {

    /** What a save produced: the saved record, or (a stale edit) the version someone else saved. */
    public record Saved<T>(T value, boolean conflict) {}

    private final PartsService parts;
    private final TaskRunner tasks;
    private final Runnable changed;

    /** {@code changed} runs after every successful save (the screen reloads its lists). */
    public CatalogueModel(PartsService parts, TaskRunner tasks, Runnable changed) {
        this.parts = parts;
        this.tasks = tasks;
        this.changed = changed;
    }

    /** Creates ({@code base} null) or saves over {@code base}'s version. */
    public void savePart(Part base, PartDraft draft, Consumer<Saved<Part>> done, Consumer<String> refused) {
        run(
                "parts.save",
                () -> base == null
                        ? new Saved<>(parts.createPart(draft), false)
                        : saved(
                                parts.savePart(base.id(), base.version(), draft),
                                () -> parts.part(base.id()),
                                "part.gone"),
                done,
                refused);
    }

    public void saveVendor(Vendor base, VendorDraft draft, Consumer<Saved<Vendor>> done, Consumer<String> refused) {
        run(
                "parts.vendor.save",
                () -> base == null
                        ? new Saved<>(parts.vendor(parts.createVendor(draft)).orElseThrow(), false)
                        : saved(
                                parts.saveVendor(base.id(), base.version(), draft),
                                () -> parts.vendor(base.id()),
                                "vendor.gone"),
                done,
                refused);
    }

    public void saveLocation(Location base, String name, Consumer<Saved<Location>> done, Consumer<String> refused) {
        run(
                "parts.location.save",
                () -> base == null
                        ? new Saved<>(parts.location(parts.createLocation(name)).orElseThrow(), false)
                        : saved(
                                parts.saveLocation(base.id(), base.version(), name),
                                () -> parts.location(base.id()),
                                "location.gone"),
                done,
                refused);
    }

    private static <T> Saved<T> saved(Optional<T> mine, Supplier<Optional<T>> theirs, String goneKey) {
        if (mine.isPresent()) {
            return new Saved<>(mine.get(), false);
        }
        return new Saved<>(theirs.get().orElseThrow(() -> MaintText.error(goneKey)), true);
    }

    private <T> void run(String name, Supplier<Saved<T>> work, Consumer<Saved<T>> done, Consumer<String> refused) {
        tasks.run(
                name,
                work::get,
                s -> {
                    if (!s.conflict()) {
                        changed.run();
                    }
                    done.accept(s);
                },
                e -> refused.accept(ErrorText.of(e)));
    }
}

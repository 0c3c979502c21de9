package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.PmSchedule;
import io.plantdesk.maintenance.PmScheduleDraft;
import io.plantdesk.maintenance.PmService;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen asset's PM schedules (the asset screen's PM list) and their saves, on the
 * TaskRunner. A stale edit comes back with the schedule as saved now, for the form to show.
 */
public final class AssetPmModel {

    /** What a save produced: the saved schedule, or (a stale edit) the version someone else saved. */
    public record Saved(PmSchedule schedule, boolean conflict) {}

    private final PmService pm;
    private final TemplateService templates;
    private final TaskRunner tasks;
    private final ObjectProperty<AssetNode> asset;
    private final ObservableList<PmSchedule> schedules = FXCollections.observableArrayList();

    public AssetPmModel(PmService pm, TemplateService templates, TaskRunner tasks, ObjectProperty<AssetNode> asset) {
        this.pm = pm;
        this.templates = templates;
        this.tasks = tasks;
        this.asset = asset;
        asset.addListener((o, a, b) -> reload());
    }

    /** The chosen asset's schedules again (after a choice, a save or a reading). */
    public void reload() {
        AssetNode a = asset.get();
        if (a == null) {
            schedules.clear();
            return;
        }
        tasks.latest("assets.pm", () -> pm.schedulesOf(a.id()), schedules::setAll, e -> schedules.clear());
    }

    public void templates(Consumer<List<WorkOrderTemplate>> then, Consumer<String> failed) {
        tasks.run("assets.pm.templates", templates::templates, then, e -> failed.accept(ErrorText.of(e)));
    }

    /** Creates ({@code base} null) or saves over {@code base}'s version. */
    public void save(PmSchedule base, PmScheduleDraft draft, Consumer<Saved> done, Consumer<String> refused) {
        tasks.run(
                "assets.pm.save",
                () -> {
                    if (base == null) {
                        return new Saved(pm.create(draft), false);
                    }
                    Optional<PmSchedule> saved = pm.save(base.id(), base.version(), draft);
                    if (saved.isPresent()) {
                        return new Saved(saved.get(), false);
                    }
                    return new Saved(pm.find(base.id()).orElseThrow(() -> MaintText.error("schedule.not.found")), true);
                },
                s -> {
                    reload();
                    done.accept(s);
                },
                e -> refused.accept(ErrorText.of(e)));
    }

    public ObservableList<PmSchedule> schedules() {
        return schedules;
    }

    public ObjectProperty<AssetNode> assetProperty() {
        return asset;
    }
}

package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The asset screen's writes: a new or edited asset (with the meters it counts) and a meter
 * reading, each on the TaskRunner, answered on the FX thread. A refusal comes back as a sentence
 * for the dialog, which stays open with what was typed; a stale edit comes back with their version.
 */
public final class AssetEditModel {

    /**
     * What a save produced: the saved asset, or (a stale edit) the version someone else saved, with
     * its parent (null for a site) to name it side by side.
     */
    public record Saved(Asset asset, boolean conflict, Asset parent) {}

    private final AssetService assets;
    private final TaskRunner tasks;

    public AssetEditModel(AssetService assets, TaskRunner tasks) {
        this.assets = assets;
        this.tasks = tasks;
    }

    /** The parents the picker offers for the typed words (a page; {@code editing} and its parts left out). */
    public void parents(
            AssetKind child, String text, UUID editing, Consumer<List<Asset>> then, Consumer<String> failed) {
        tasks.run(
                "assets.parents",
                () -> assets.parentChoices(child, text, editing),
                then,
                e -> failed.accept(ErrorText.of(e)));
    }

    /** An asset that may be gone (null id or gone: empty), e.g. the parent a dialog opens with. */
    public void maybe(UUID id, Consumer<Optional<Asset>> then, Consumer<String> failed) {
        tasks.run(
                "assets.maybe",
                () -> id == null ? Optional.<Asset>empty() : assets.find(id),
                then,
                e -> failed.accept(ErrorText.of(e)));
    }

    /** The asset as saved now, with its version (the tree's rows carry none). */
    public void load(UUID id, Consumer<Asset> then, Consumer<String> failed) {
        tasks.run(
                "assets.load",
                () -> assets.find(id).orElseThrow(() -> MaintText.error("asset.not.found")),
                then,
                e -> failed.accept(ErrorText.of(e)));
    }

    public void meters(UUID assetId, Consumer<List<Meter>> then, Consumer<String> failed) {
        tasks.run("assets.meters.edit", () -> assets.meters(assetId), then, e -> failed.accept(ErrorText.of(e)));
    }

    /**
     * Creates ({@code base} null) or saves over {@code base}'s version. A stale edit delivers
     * their version as a conflict; saving over it again is a save with their version as the base.
     */
    public void save(
            Asset base,
            AssetDraft draft,
            Map<MeterKind, String> meters,
            Consumer<Saved> done,
            Consumer<String> refused) {
        tasks.run(
                "assets.save",
                () -> {
                    if (base == null) {
                        return new Saved(assets.create(draft, meters), false, null);
                    }
                    Optional<Asset> saved = assets.save(base.id(), base.version(), draft, meters);
                    if (saved.isPresent()) {
                        return new Saved(saved.get(), false, null);
                    }
                    Asset theirs = assets.find(base.id()).orElseThrow(() -> MaintText.error("asset.not.found"));
                    Asset parent = theirs.parentId() == null
                            ? null
                            : assets.find(theirs.parentId()).orElse(null);
                    return new Saved(theirs, true, parent);
                },
                done,
                e -> refused.accept(ErrorText.of(e)));
    }

    /** An absolute reading (the counter's figure), refused below the last or later than now. */
    public void read(Meter meter, BigDecimal value, OffsetDateTime at, Runnable done, Consumer<String> refused) {
        tasks.run(
                "assets.read",
                () -> assets.read(meter.id(), value, at),
                t -> done.run(),
                e -> refused.accept(ErrorText.of(e)));
    }
}

package io.plantdesk.sewing.ui.tickets;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.Bundle;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.PngWriter;
import io.plantdesk.sewing.Run;
import io.plantdesk.sewing.TicketPdf;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs of every line and the chosen run's bundle tickets; saving them as PDF (all chosen
 * tickets, a page each) or PNG (the pixels the view rendered) happens off the FX thread, through a
 * temporary file beside the target so a failure never leaves half a file.
 */
public final class BundleTicketsViewModel {

    /** A run with its line's code, for the list. */
    public record RunChoice(Run run, String lineCode) {}

    /** What the last print or save did, in words. */
    public record Outcome(boolean done, String text) {}

    private final FloorSetupService setup;
    private final TaskRunner tasks;
    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> run = new SimpleObjectProperty<>();
    private final ObservableList<Bundle> bundles = FXCollections.observableArrayList();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final LoadState load = new LoadState();

    public BundleTicketsViewModel(FloorSetupService setup, TaskRunner tasks) {
        this.setup = setup;
        this.tasks = tasks;
        run.addListener((o, was, now) -> loadBundles());
    }

    public void refresh() {
        if (runs.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "sewing.tickets.runs",
                () -> {
                    List<Line> lines = setup.lines();
                    Map<UUID, String> codes = lines.stream().collect(Collectors.toMap(Line::id, Line::code));
                    List<RunChoice> all = new ArrayList<>();
                    for (Line l : lines) {
                        setup.runs(l.id()).forEach(r -> all.add(new RunChoice(r, codes.get(r.lineId()))));
                    }
                    all.sort((a, b) -> b.run().startsOn().compareTo(a.run().startsOn()));
                    return all;
                },
                all -> {
                    RunChoice kept = run.get();
                    runs.setAll(all);
                    Map<UUID, RunChoice> byId =
                            all.stream().collect(Collectors.toMap(c -> c.run().id(), Function.identity()));
                    run.set(
                            kept != null && byId.containsKey(kept.run().id())
                                    ? byId.get(kept.run().id())
                                    : all.isEmpty() ? null : all.getFirst());
                    load.loaded(all.isEmpty());
                },
                load::failed);
    }

    private void loadBundles() {
        RunChoice r = run.get();
        if (r == null) {
            bundles.clear();
            return;
        }
        tasks.latest("sewing.tickets.bundles", () -> setup.bundles(r.run().id()), bundles::setAll, load::failed);
    }

    /** Saves the tickets as one PDF, a page each. */
    public void savePdf(List<Bundle> tickets, TicketPdf.Labels labels, Path file, String doneText) {
        List<Bundle> copy = List.copyOf(tickets);
        save(file, out -> TicketPdf.write(copy, labels, out), doneText);
    }

    /** Saves one rendered ticket (ARGB pixels, as the view's snapshot read them) as a PNG. */
    public void savePng(int[] argb, int width, int height, Path file, String doneText) {
        save(file, out -> PngWriter.write(argb, width, height, out), doneText);
    }

    /** The view's print outcome (printing itself needs the FX thread and a window, so the view does it). */
    public void said(Outcome o) {
        outcome.set(o);
    }

    private interface Body {
        void write(OutputStream out) throws Exception;
    }

    private void save(Path file, Body body, String doneText) {
        tasks.run(
                "sewing.tickets.save",
                () -> {
                    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".plantdesk-", ".part");
                    try {
                        try (OutputStream out = Files.newOutputStream(tmp)) {
                            body.write(out);
                        }
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                    return file;
                },
                written -> {
                    saved.set(written.toString());
                    outcome.set(new Outcome(true, doneText));
                },
                e -> outcome.set(new Outcome(false, ErrorText.of(e))));
    }

    public ObservableList<RunChoice> runs() {
        return runs;
    }

    public ObjectProperty<RunChoice> runProperty() {
        return run;
    }

    public ObservableList<Bundle> bundles() {
        return bundles;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    /** The last file saved. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}

package io.plantdesk.sewing.ui.earnings;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.OperatorDay;
import io.plantdesk.sewing.OperatorDays;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operators' days between two dates (the last seven by default): work, efficiency and pay,
 * with the total paid; exports what is shown as CSV. Changing a date reloads.
 */
public final class OperatorDaysViewModel {

    /** What the last export did: the file written, or the sentence that stopped it. */
    public record Export(Path written, String error) {}

    private final OperatorDays days;
    private final TaskRunner tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<OperatorDay> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyObjectWrapper<Export> export = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();

    private record Loaded(List<OperatorDay> rows, Optional<String> currency) {}

    public OperatorDaysViewModel(OperatorDays days, TaskRunner tasks, Clock clock) {
        this.days = days;
        this.tasks = tasks;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(6));
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            return;
        }
        LocalDate lo = f.isAfter(t) ? t : f;
        LocalDate hi = f.isAfter(t) ? f : t;
        load.loading();
        tasks.latest(
                "sewing.operator.days",
                () -> new Loaded(days.between(lo, hi), days.currency()),
                loaded -> {
                    rows.setAll(loaded.rows());
                    currency.set(loaded.currency().orElse(""));
                    total.set(
                            loaded.rows().stream().map(OperatorDay::earnings).reduce(BigDecimal.ZERO, BigDecimal::add));
                    load.loaded(loaded.rows().isEmpty());
                },
                load::failed);
    }

    /** Writes the rows shown to {@code file} (through a temporary file beside it, so a failure leaves no half file). */
    public void exportCsv(Path file) {
        List<OperatorDay> shown = List.copyOf(rows);
        String cur = currency.get();
        tasks.run(
                "sewing.operator.days.export",
                () -> {
                    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".plantdesk-", ".csv");
                    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                        OperatorDays.writeCsv(shown, cur, w);
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return file;
                },
                written -> export.set(new Export(written, null)),
                e -> export.set(new Export(null, ErrorText.of(e))));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<OperatorDay> rows() {
        return rows;
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Export> exportProperty() {
        return export.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}

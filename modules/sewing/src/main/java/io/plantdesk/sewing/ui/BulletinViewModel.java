package io.plantdesk.sewing.ui;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.BulletinService;
import io.plantdesk.sewing.LineBalance;
import io.plantdesk.sewing.Operation;
import io.plantdesk.sewing.Precedence;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operation bulletin editor: a style's operations with their precedence, and the line
 * balance for the minutes available and the output aimed at (recomputed as either is typed; pure
 * arithmetic, no database). Adding a precedence that would close a cycle is refused by the database
 * with a sentence naming both operations, shown here.
 */
public final class BulletinViewModel {

    /** What the style's page shows: its operations and their precedence. */
    public record Page(List<Operation> operations, List<Precedence> precedence) {}

    private final BulletinService bulletin;
    private final TaskRunner tasks;
    private final ObservableList<Style> styles = FXCollections.observableArrayList();
    private final ObjectProperty<Style> style = new SimpleObjectProperty<>();
    private final IntegerProperty availableMinutes = new SimpleIntegerProperty(480);
    private final IntegerProperty targetOutput = new SimpleIntegerProperty(600);
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(new Page(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<Optional<LineBalance>> balance = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LoadState load = new LoadState();

    public BulletinViewModel(BulletinService bulletin, TaskRunner tasks) {
        this.bulletin = bulletin;
        this.tasks = tasks;
        style.addListener((o, a, s) -> loadPage());
        availableMinutes.addListener((o, a, b) -> rebalance());
        targetOutput.addListener((o, a, b) -> rebalance());
        page.addListener((o, a, b) -> rebalance());
    }

    public void refresh() {
        if (styles.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "sewing.bulletin.styles",
                bulletin::styles,
                list -> {
                    UUID kept = style.get() == null ? null : style.get().id();
                    styles.setAll(list);
                    style.set(list.stream()
                            .filter(s -> s.id().equals(kept))
                            .findFirst()
                            .orElse(list.isEmpty() ? null : list.getFirst()));
                    load.loaded(list.isEmpty());
                    loadPage();
                },
                load::failed);
    }

    private void loadPage() {
        Style s = style.get();
        if (s == null) {
            page.set(new Page(List.of(), List.of()));
            return;
        }
        tasks.latest(
                "sewing.bulletin.page",
                () -> new Page(bulletin.bulletin(s.id()), bulletin.precedence(s.id())),
                page::set,
                e -> message.set(ErrorText.of(e)));
    }

    private void rebalance() {
        balance.set(LineBalance.of(page.get().operations(), availableMinutes.get(), targetOutput.get()));
    }

    /** {@code operation} waits for {@code requires}; a refusal shows as the message. */
    public void require(Operation operation, Operation requires) {
        if (operation == null || requires == null) {
            return;
        }
        tasks.run(
                "sewing.bulletin.require",
                () -> bulletin.require(operation.id(), requires.id()),
                p -> {
                    message.set("");
                    loadPage();
                },
                e -> message.set(ErrorText.of(e)));
    }

    public void release(Precedence p) {
        tasks.run(
                "sewing.bulletin.release",
                () -> {
                    bulletin.release(p.id());
                    return p;
                },
                x -> {
                    message.set("");
                    loadPage();
                },
                e -> message.set(ErrorText.of(e)));
    }

    public ObservableList<Style> styles() {
        return styles;
    }

    public ObjectProperty<Style> styleProperty() {
        return style;
    }

    public IntegerProperty availableMinutesProperty() {
        return availableMinutes;
    }

    public IntegerProperty targetOutputProperty() {
        return targetOutput;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<LineBalance>> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}

package io.plantdesk.shifts.ui;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.shifts.ShiftPattern;
import io.plantdesk.shifts.ShiftRules;
import io.plantdesk.shifts.ShiftService;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The plant's shifts and the admin's commands on them. Saving runs off the FX thread. */
public final class ShiftsViewModel {

    private final ShiftService service;
    private final TaskRunner tasks;
    private final ObservableList<ShiftPattern> rows = FXCollections.observableArrayList();
    private final LoadState state = new LoadState();

    public ShiftsViewModel(ShiftService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void load() {
        state.loading();
        tasks.latest(
                "shifts",
                service::list,
                list -> {
                    rows.setAll(list);
                    state.loaded(list.isEmpty());
                },
                state::failed);
    }

    /** What is wrong with a draft against the shifts on screen, in the person's language; empty when none. */
    public List<String> problems(ShiftPattern draft) {
        return ShiftRules.problems(draft, List.copyOf(rows)).stream()
                .map(ErrorText::render)
                .toList();
    }

    /** Saves a new shift or an edit; on a refusal the dialog stays open with what was typed. */
    public void save(ShiftPattern draft, Runnable done, Consumer<String> failed) {
        tasks.run(
                "save shift",
                () -> service.save(draft),
                saved -> {
                    done.run();
                    load();
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    public void delete(ShiftPattern shift, Runnable done, Consumer<String> failed) {
        tasks.run(
                "delete shift",
                () -> {
                    service.delete(shift);
                    return true;
                },
                ok -> {
                    done.run();
                    load();
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    public ObservableList<ShiftPattern> rows() {
        return rows;
    }

    public LoadState loadState() {
        return state;
    }
}

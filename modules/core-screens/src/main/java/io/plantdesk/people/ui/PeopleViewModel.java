package io.plantdesk.people.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.people.PeopleQuery;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The People list, paged in SQL, and the admin's commands on it. */
public final class PeopleViewModel {

    public static final int PAGE_SIZE = 50;

    private final PeopleService service;
    private final TaskRunner tasks;
    private final UUID me;
    private final ObservableList<Person> rows = FXCollections.observableArrayList();
    private final LoadState state = new LoadState();
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<PeopleQuery> query = new ReadOnlyObjectWrapper<>(PeopleQuery.ALL);

    public PeopleViewModel(PeopleService service, TaskRunner tasks, UUID me) {
        this.service = service;
        this.tasks = tasks;
        this.me = me;
    }

    /** Loads the current page; a newer load (paging quickly, say) replaces one still running. */
    public void load() {
        state.loading();
        int from = offset.get();
        PeopleQuery q = query.get();
        tasks.latest(
                "people page",
                () -> service.page(q, from, PAGE_SIZE),
                page -> {
                    rows.setAll(page.people());
                    total.set(page.total());
                    // A search that finds no one is not "no people yet": the table stays, saying so.
                    state.loaded(page.total() == 0 && !q.narrowed());
                },
                state::failed);
    }

    /** Narrows the list (search text, role, status) and shows its first page; the same query does nothing. */
    public void narrow(PeopleQuery q) {
        if (q.equals(query.get())) {
            return;
        }
        query.set(q);
        offset.set(0);
        load();
    }

    public ReadOnlyObjectProperty<PeopleQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public boolean hasNext() {
        return offset.get() + PAGE_SIZE < total.get();
    }

    public boolean hasPrevious() {
        return offset.get() > 0;
    }

    public void next() {
        if (hasNext()) {
            offset.set(offset.get() + PAGE_SIZE);
            load();
        }
    }

    public void previous() {
        if (hasPrevious()) {
            offset.set(Math.max(0, offset.get() - PAGE_SIZE));
            load();
        }
    }

    public boolean isMe(Person p) {
        return p.id().equals(me);
    }

    /** Saves a new person; on failure the dialog keeps its values and shows the message. */
    public void add(NewPerson p, Runnable done, Consumer<String> failed) {
        tasks.run(
                "add person",
                () -> service.create(p),
                created -> {
                    done.run();
                    load();
                },
                e -> failed.accept(message(e)));
    }

    public void edit(
            Person current,
            String name,
            String phone,
            AppRole role,
            boolean active,
            Runnable done,
            Consumer<String> failed) {
        tasks.run(
                "edit person",
                () -> service.edit(current, name, phone, role, active),
                updated -> {
                    done.run();
                    load();
                },
                e -> failed.accept(message(e)));
    }

    public void resetPassword(Person person, char[] password, Runnable done, Consumer<String> failed) {
        tasks.run(
                "reset password",
                () -> {
                    service.resetPassword(person, password);
                    return true;
                },
                ok -> done.run(),
                e -> failed.accept(message(e)));
    }

    private static String message(Throwable e) {
        return ErrorText.of(e);
    }

    public ObservableList<Person> rows() {
        return rows;
    }

    public LoadState loadState() {
        return state;
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}

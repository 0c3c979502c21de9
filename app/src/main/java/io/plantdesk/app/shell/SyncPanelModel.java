package io.plantdesk.app.shell;

import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionType;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync panel's state: every action of this person still in the outbox, those the server
 * refused first, each in plant words with its reason. A refused one can be fixed and sent again,
 * or discarded (the view asks first); all file work runs off the FX thread.
 */
public final class SyncPanelModel {

    /**
     * One action as the panel shows it.
     *
     * @param why the server's refusal in words; null while it only waits for the server
     */
    public record Row(OutboxAction action, String what, String when, String why, List<Field> fields) {
        public boolean refused() {
            return why != null;
        }
    }

    /** A payload value with its label; only editable ones can be changed before a resend. */
    public record Field(String key, String label, String value, boolean editable) {}

    private final FloorSync sync;
    private final TaskRunner tasks;
    private final Messages m;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SyncPanelModel(FloorSync sync, TaskRunner tasks, Messages m, ZoneId zone) {
        this.sync = sync;
        this.tasks = tasks;
        this.m = m;
        this.zone = zone;
    }

    public void load() {
        tasks.run(
                "sync panel",
                () -> sync.outbox().all(),
                list -> {
                    List<Row> now = list.stream()
                            .sorted((a, b) -> a.state() == b.state()
                                    ? Long.compare(a.seq(), b.seq())
                                    : a.state() == OutboxAction.State.REJECTED ? -1 : 1)
                            .map(this::row)
                            .toList();
                    if (!now.equals(rows)) { // unchanged: leave the list (and a fix being typed) alone
                        rows.setAll(now);
                    }
                    message.set(rows.isEmpty() ? m.get("sync.panel.empty") : "");
                },
                e -> message.set(ErrorText.of(e)));
    }

    /** Sends a refused action again with the person's changes; durable before the panel says so. */
    public void resend(Row row, Map<String, String> changes) {
        ActionPayload fixed = row.action().payload();
        for (var c : changes.entrySet()) {
            fixed = fixed.with(c.getKey(), c.getValue().strip());
        }
        ActionPayload payload = fixed;
        tasks.run(
                "resend",
                () -> sync.outbox().resend(row.action().id(), payload),
                a -> {
                    sync.kick();
                    message.set(m.get("sync.panel.resent", row.what()));
                    load();
                },
                e -> message.set(ErrorText.of(e)));
    }

    public void discard(Row row) {
        tasks.run(
                "discard",
                () -> {
                    sync.outbox().discard(row.action().id());
                    return row;
                },
                r -> {
                    message.set(m.get("sync.panel.discarded", row.what()));
                    load();
                },
                e -> message.set(ErrorText.of(e)));
    }

    private Row row(OutboxAction a) {
        Optional<ActionType> type = sync.types().find(a.type());
        String what =
                type.map(t -> ErrorText.render(t.describe(a.payload()))).orElseGet(() -> m.get("sync.panel.unknown"));
        String when = a.createdAt().atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
        String why = a.refusal().map(ErrorText::render).orElse(null);
        List<Field> fields = type.map(t -> t.fields().stream()
                        .map(f -> new Field(
                                f.key(),
                                ErrorText.render(f.label()),
                                a.payload().get(f.key()).orElse(""),
                                f.editable()))
                        .toList())
                .orElse(List.of());
        return new Row(a, what, when, why, fields);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

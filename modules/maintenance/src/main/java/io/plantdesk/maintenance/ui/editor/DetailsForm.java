package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.widgets.FieldChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The editable fields of a work order, two columns of label and field, each checked before
 * sending with the sentence the database would give (ControlsFX marks through FieldChecks).
 */
final class DetailsForm {

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,29}");
    private static final Pattern FAILURE_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    private final WorkOrderTexts t;
    final TextField title = field("woTitle", 30);
    final ChoiceBox<WorkOrderType> type = new ChoiceBox<>(FXCollections.observableArrayList(WorkOrderType.values()));
    final ChoiceBox<Priority> priority = new ChoiceBox<>(FXCollections.observableArrayList(Priority.values()));
    final ComboBox<Asset> asset = new ComboBox<>();
    final TextArea description = new TextArea();
    final DateTimeField due;
    final DateTimeField start;
    final DateTimeField end;
    final DateTimeField downStart;
    final DateTimeField downEnd;
    final TextField estimated = field("woEstimated", 6);
    final TextField actual = field("woActual", 6);
    final TextField failureCode = field("woFailureCode", 10);
    final TextField cause = field("woCause", 20);
    final TextField remedy = field("woRemedy", 20);
    final TextField tags = field("woTags", 20);
    final FieldChecks checks = new FieldChecks();
    private final GridPane grid = new GridPane();

    DetailsForm(WorkOrderTexts t, ObservableList<Asset> machines, ZoneId zone) {
        this.t = t;
        String timeHint = t.get("editor.time.hint");
        due = new DateTimeField("woDue", zone, timeHint);
        start = new DateTimeField("woStart", zone, timeHint);
        end = new DateTimeField("woEnd", zone, timeHint);
        downStart = new DateTimeField("woDownStart", zone, timeHint);
        downEnd = new DateTimeField("woDownEnd", zone, timeHint);
        type.setId("woType");
        type.setConverter(t.converter(t::type));
        priority.setId("woPriority");
        priority.setConverter(t.converter(t::priority));
        asset.setId("woAsset");
        asset.setItems(machines);
        asset.setConverter(t.converter(a -> a.code() + "  " + a.name()));
        asset.setPromptText(t.get("editor.field.asset.none"));
        asset.setMaxWidth(Double.MAX_VALUE);
        description.setId("woDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        tags.setPromptText(t.get("editor.tags.hint"));

        grid.getStyleClass().add("form-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            if (i % 2 == 0) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                c.setHgrow(javafx.scene.layout.Priority.ALWAYS);
                c.setMinWidth(200);
            }
            grid.getColumnConstraints().add(c);
        }
        int r = 0;
        grid.add(label("editor.field.title", title), 0, r);
        grid.add(title, 1, r, 3, 1);
        r++;
        row(r++, "editor.field.type", type, "editor.field.priority", priority);
        row(r++, "editor.field.asset", asset, "editor.field.due", due);
        grid.add(label("editor.field.description", description), 0, r);
        grid.add(description, 1, r++, 3, 1);
        row(r++, "editor.field.start", start, "editor.field.end", end);
        row(r++, "editor.field.estimated", estimated, "editor.field.actual", actual);
        row(r++, "editor.field.downtimeStart", downStart, "editor.field.downtimeEnd", downEnd);
        row(r++, "editor.field.failureCode", failureCode, "editor.field.tags", tags);
        row(r, "editor.field.cause", cause, "editor.field.remedy", remedy);

        checks.add(title, (String v) -> titleProblem(v))
                .add(estimated, (String v) -> hoursProblem(v))
                .add(actual, (String v) -> hoursProblem(v))
                .add(due.time(), (String v) -> timeProblem(due))
                .add(start.time(), (String v) -> timeProblem(start))
                .add(end.time(), (String v) -> timeProblem(end).or(this::scheduleProblem))
                .add(end.date(), (LocalDate v) -> scheduleProblem())
                .add(downStart.time(), (String v) -> timeProblem(downStart))
                .add(downEnd.time(), (String v) -> timeProblem(downEnd).or(this::downtimeProblem))
                .add(downEnd.date(), (LocalDate v) -> downtimeProblem())
                .add(failureCode, (String v) -> failureCodeProblem(v))
                .add(tags, (String v) -> tagsProblem(v));
    }

    GridPane node() {
        return grid;
    }

    void fill(WorkOrderDraft d) {
        title.setText(d.title() == null ? "" : d.title());
        type.setValue(d.type());
        priority.setValue(d.priority());
        asset.setValue(
                d.assetId() == null
                        ? null
                        : asset.getItems().stream()
                                .filter(a -> a.id().equals(d.assetId()))
                                .findFirst()
                                .orElse(null));
        description.setText(d.description());
        due.set(d.dueAt());
        start.set(d.scheduledStart());
        end.set(d.scheduledEnd());
        estimated.setText(plain(d.estimatedHours()));
        actual.setText(plain(d.actualHours()));
        downStart.set(d.downtimeStart());
        downEnd.set(d.downtimeEnd());
        failureCode.setText(orEmpty(d.failureCode()));
        cause.setText(orEmpty(d.failureCause()));
        remedy.setText(orEmpty(d.failureRemedy()));
        tags.setText(String.join(", ", d.tags()));
    }

    /** Every problem of the form in words, in field order; empty when it may be sent. */
    List<String> problems() {
        checks.showAll();
        List<String> out = new ArrayList<>();
        titleProblem(title.getText()).ifPresent(out::add);
        hoursProblem(estimated.getText())
                .or(() -> hoursProblem(actual.getText()))
                .ifPresent(out::add);
        for (DateTimeField f : List.of(due, start, end, downStart, downEnd)) {
            Optional<String> p = timeProblem(f);
            if (p.isPresent()) {
                out.add(p.get());
                break;
            }
        }
        scheduleProblem().ifPresent(out::add);
        downtimeProblem().ifPresent(out::add);
        failureCodeProblem(failureCode.getText()).ifPresent(out::add);
        tagsProblem(tags.getText()).ifPresent(out::add);
        return out;
    }

    /** What the fields hold, as a draft (only after {@link #problems()} found none). */
    WorkOrderDraft read() {
        UUID assetId = asset.getValue() == null ? null : asset.getValue().id();
        return new WorkOrderDraft(
                title.getText().strip(),
                description.getText(),
                type.getValue(),
                priority.getValue(),
                assetId,
                due.value(),
                start.value(),
                end.value(),
                hours(estimated.getText()),
                hours(actual.getText()),
                downStart.value(),
                downEnd.value(),
                blankToNull(failureCode.getText()),
                blankToNull(cause.getText()),
                blankToNull(remedy.getText()),
                tagList(tags.getText()));
    }

    private Optional<String> titleProblem(String v) {
        return v == null || v.isBlank() || v.strip().length() > 200
                ? Optional.of(t.get("editor.check.title"))
                : Optional.empty();
    }

    private Optional<String> hoursProblem(String v) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return new BigDecimal(v.strip().replace(',', '.')).signum() < 0
                    ? Optional.of(t.get("editor.check.hours"))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(t.get("editor.check.hours"));
        }
    }

    private Optional<String> timeProblem(DateTimeField f) {
        if (f.timeWithoutDate()) {
            return Optional.of(t.get("editor.check.timeWithoutDate"));
        }
        return f.parsedTime().isEmpty() ? Optional.of(t.get("editor.check.time")) : Optional.empty();
    }

    private Optional<String> scheduleProblem() {
        OffsetDateTime s = start.value();
        OffsetDateTime e = end.value();
        if ((s == null) != (e == null)) {
            return Optional.of(t.get("editor.check.pair"));
        }
        return s != null && !e.isAfter(s) ? Optional.of(t.get("editor.check.end")) : Optional.empty();
    }

    private Optional<String> downtimeProblem() {
        OffsetDateTime s = downStart.value();
        OffsetDateTime e = downEnd.value();
        return e != null && (s == null || e.isBefore(s))
                ? Optional.of(t.get("editor.check.downtimeEnd"))
                : Optional.empty();
    }

    private Optional<String> failureCodeProblem(String v) {
        return v == null || v.isBlank() || FAILURE_CODE.matcher(v.strip()).matches()
                ? Optional.empty()
                : Optional.of(t.get("editor.check.failureCode"));
    }

    private Optional<String> tagsProblem(String v) {
        return tagList(v).stream().allMatch(s -> TAG.matcher(s).matches())
                ? Optional.empty()
                : Optional.of(t.get("editor.check.tags"));
    }

    private static List<String> tagList(String v) {
        if (v == null || v.isBlank()) {
            return List.of();
        }
        return Arrays.stream(v.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static BigDecimal hours(String v) {
        return v == null || v.isBlank() ? null : new BigDecimal(v.strip().replace(',', '.'));
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void row(int r, String k1, Node f1, String k2, Node f2) {
        grid.add(label(k1, f1), 0, r);
        grid.add(f1, 1, r);
        grid.add(label(k2, f2), 2, r);
        grid.add(f2, 3, r);
    }

    private Label label(String key, Node field) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof Control c) {
            l.setLabelFor(c);
        }
        return l;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}

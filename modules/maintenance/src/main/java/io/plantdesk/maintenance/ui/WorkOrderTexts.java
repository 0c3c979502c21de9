package io.plantdesk.maintenance.ui;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Shown;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The work-order screens' strings, and the plant words for statuses, types and priorities
 * ("In progress", never "in_progress").
 */
public final class WorkOrderTexts {

    public static final String BUNDLE = "io.plantdesk.maintenance.ui.workorders";

    private final Messages m;

    public WorkOrderTexts() {
        this.m = Messages.of(BUNDLE, WorkOrderTexts.class);
    }

    public String get(String key, Object... args) {
        return m.get(key, args);
    }

    public String status(WorkOrderStatus s) {
        return s == null ? "" : m.get("status." + s.dbValue());
    }

    public String type(WorkOrderType t) {
        return t == null ? "" : m.get("type." + t.dbValue());
    }

    public String priority(Priority p) {
        return p == null ? "" : m.get("priority." + p.name().toLowerCase(Locale.ROOT));
    }

    public <T> StringConverter<T> converter(Function<T, String> words) {
        return Shown.as(value -> value == null ? "" : words.apply(value));
    }
}

package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.PmSchedule;
import io.plantdesk.maintenance.PmScheduleDraft;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * A PM schedule's fields: its title and work-order template, and its trigger (by calendar, by
 * meter, or whichever comes first) with the interval, the next due and how far ahead the work
 * order is made. Checked before sending as the database checks them.
 */
final class PmForm {

    enum Trigger {
        CALENDAR,
        METER,
        BOTH
    }

    final TextField title = field("pmTitle");
    final ChoiceBox<WorkOrderTemplate> template = new ChoiceBox<>();
    final ChoiceBox<Trigger> trigger = new ChoiceBox<>(FXCollections.observableArrayList(Trigger.values()));
    final TextField days = field("pmDays");
    final DatePicker nextDate = new DatePicker();
    final TextField leadDays = field("pmLeadDays");
    final ChoiceBox<Meter> meter = new ChoiceBox<>();
    final TextField meterEvery = field("pmMeterEvery");
    final TextField meterNext = field("pmMeterNext");
    final TextField meterLead = field("pmMeterLead");
    private final Messages m;
    private final ZoneId zone;

    PmForm(Messages m, Clock clock, List<WorkOrderTemplate> templates, List<Meter> meters) {
        this.m = m;
        this.zone = clock.getZone();
        template.setId("pmTemplate");
        List<WorkOrderTemplate> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(templates);
        template.getItems().setAll(choices);
        template.setConverter(Shown.as(t -> t == null ? m.get("assets.pm.template.none") : t.name()));
        trigger.setId("pmTrigger");
        // The field's whole width: "Whichever comes first" is cut in a box sized to its first choice.
        trigger.setMaxWidth(Double.MAX_VALUE);
        template.setMaxWidth(Double.MAX_VALUE);
        meter.setMaxWidth(Double.MAX_VALUE);
        trigger.setConverter(Shown.as(
                t -> t == null ? "" : m.get("assets.pm.trigger." + t.name().toLowerCase(Locale.ROOT))));
        nextDate.setId("pmNextDate");
        meter.setId("pmMeter");
        meter.getItems().setAll(meters);
        meter.setConverter(Shown.as(mt -> mt == null
                ? ""
                : m.get(
                        "assets.reading.meter",
                        mt.name(),
                        m.get("assets.meter." + mt.kind().name().toLowerCase(Locale.ROOT)))));
        if (!meters.isEmpty()) {
            meter.setValue(meters.getFirst());
        }
        trigger.setValue(Trigger.CALENDAR);
        days.setText("30");
        nextDate.setValue(LocalDate.now(clock).plusDays(30));
        leadDays.setText("7");
        meterLead.setText("0");
    }

    void fill(PmSchedule s, List<WorkOrderTemplate> templates) {
        title.setText(s.title());
        template.setValue(templates.stream()
                .filter(t -> t.id().equals(s.workOrderTemplateId()))
                .findFirst()
                .orElse(null));
        trigger.setValue(
                s.intervalDays() == null ? Trigger.METER : s.meterInterval() == null ? Trigger.CALENDAR : Trigger.BOTH);
        if (s.intervalDays() != null) {
            days.setText(String.valueOf(s.intervalDays()));
            nextDate.setValue(s.nextDueAt().atZoneSameInstant(zone).toLocalDate());
        }
        leadDays.setText(String.valueOf(s.leadDays()));
        if (s.meterId() != null) {
            meter.getItems().stream()
                    .filter(mt -> mt.id().equals(s.meterId()))
                    .findFirst()
                    .ifPresent(meter::setValue);
            meterEvery.setText(plain(s.meterInterval()));
            meterNext.setText(plain(s.nextDueMeter()));
            meterLead.setText(plain(s.meterLead()));
        }
    }

    GridPane grid() {
        GridPane g = Forms.grid();
        g.addRow(0, label("assets.pm.title.field"), title);
        g.addRow(1, label("assets.pm.template"), template);
        g.addRow(2, label("assets.pm.trigger"), trigger);
        Node[][] calendar = {
            {label("assets.pm.days"), days},
            {label("assets.pm.next.date"), nextDate},
            {label("assets.pm.lead.days"), leadDays}
        };
        Node[][] metered = {
            {label("assets.meter"), meter},
            {label("assets.pm.meter.every"), meterEvery},
            {label("assets.pm.meter.next"), meterNext},
            {label("assets.pm.meter.lead"), meterLead}
        };
        int r = 3;
        for (Node[] row : calendar) {
            g.addRow(r++, row);
            for (Node n : row) {
                n.visibleProperty().bind(trigger.valueProperty().isNotEqualTo(Trigger.METER));
                n.managedProperty().bind(n.visibleProperty());
            }
        }
        for (Node[] row : metered) {
            g.addRow(r++, row);
            for (Node n : row) {
                n.visibleProperty().bind(trigger.valueProperty().isNotEqualTo(Trigger.CALENDAR));
                n.managedProperty().bind(n.visibleProperty());
            }
        }
        Label hint = Forms.hint(m.get("assets.pm.meter.next.hint"));
        hint.visibleProperty().bind(trigger.valueProperty().isNotEqualTo(Trigger.CALENDAR));
        hint.managedProperty().bind(hint.visibleProperty());
        g.add(hint, 1, r);
        return g;
    }

    /** The first problem in reading order. */
    Optional<String> problem() {
        String t = text(title);
        if (t.isEmpty() || t.length() > 200) {
            return Optional.of(m.get("assets.pm.check.title"));
        }
        boolean cal = trigger.getValue() != Trigger.METER;
        boolean met = trigger.getValue() != Trigger.CALENDAR;
        if (cal) {
            Integer d = whole(days);
            if (d == null || d < 1 || d > 3660) {
                return Optional.of(m.get("assets.pm.check.days"));
            }
            if (nextDate.getValue() == null) {
                return Optional.of(m.get("assets.pm.check.next.date"));
            }
        }
        Integer lead = whole(leadDays);
        if (lead == null || lead < 0 || lead > 365) {
            return Optional.of(m.get("assets.pm.check.lead.days"));
        }
        if (met) {
            if (meter.getValue() == null) {
                return Optional.of(m.get("assets.pm.check.meter"));
            }
            BigDecimal every = number(meterEvery);
            if (every == null || every.signum() <= 0) {
                return Optional.of(m.get("assets.pm.check.meter.every"));
            }
            BigDecimal next = text(meterNext).isEmpty() ? BigDecimal.ZERO : number(meterNext);
            if (next == null || next.signum() < 0) {
                return Optional.of(m.get("assets.pm.check.meter.next"));
            }
            BigDecimal l = number(meterLead);
            if (l == null || l.signum() < 0 || l.compareTo(every) >= 0) {
                return Optional.of(m.get("assets.pm.check.meter.lead"));
            }
        }
        return Optional.empty();
    }

    PmScheduleDraft draft(UUID assetId, PmSchedule base) {
        boolean cal = trigger.getValue() != Trigger.METER;
        boolean met = trigger.getValue() != Trigger.CALENDAR;
        BigDecimal every = met ? number(meterEvery) : null;
        // Blank: one interval from the meter's total now.
        BigDecimal next = !met
                ? null
                : text(meterNext).isEmpty() ? meter.getValue().total().add(every) : number(meterNext);
        WorkOrderTemplate tpl = template.getValue();
        return new PmScheduleDraft(
                assetId,
                text(title),
                "",
                base == null ? WorkOrderType.PREVENTIVE : base.type(),
                base == null ? Priority.NORMAL : base.priority(),
                base == null ? null : base.checklistTemplateId(),
                base == null ? null : base.estimatedHours(),
                cal ? whole(days) : null,
                cal ? nextDate.getValue().atStartOfDay(zone).toOffsetDateTime() : null,
                whole(leadDays),
                met ? meter.getValue().id() : null,
                every,
                next,
                met ? number(meterLead) : BigDecimal.ZERO,
                tpl == null ? null : tpl.id());
    }

    private Label label(String key) {
        return new Label(m.get(key));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String text(TextField f) {
        return f.getText() == null ? "" : f.getText().strip();
    }

    private static Integer whole(TextField f) {
        try {
            return Integer.valueOf(text(f));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(TextField f) {
        try {
            return new BigDecimal(text(f).replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}

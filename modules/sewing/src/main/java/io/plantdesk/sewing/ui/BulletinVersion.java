package io.plantdesk.sewing.ui;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.BulletinService;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "New version" of the bulletin being edited (planners and admins): asks first, saying why (the
 * runs already sewn keep the version they were sewn to), suggests the next free code (TS-100,
 * TS-100-V2, TS-100-V3...), makes the copy through {@link BulletinService#newVersion} and then
 * switches the editor to the new version, which is free to change.
 */
public final class BulletinVersion {

    /** A style code the database accepts (sewing.style's CHECK), said before sending. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,29}");

    private static final Pattern NUMBERED = Pattern.compile("(.*)-V(\\d{1,4})", Pattern.CASE_INSENSITIVE);

    private final BulletinService bulletin;
    private final TaskRunner tasks;
    private final BulletinViewModel editor;
    private final BiFunction<String, Object[], String> text;
    private final boolean allowed;
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper making = new ReadOnlyBooleanWrapper();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    public BulletinVersion(
            BulletinService bulletin,
            TaskRunner tasks,
            BulletinViewModel editor,
            BiFunction<String, Object[], String> text,
            boolean allowed) {
        this.bulletin = bulletin;
        this.tasks = tasks;
        this.editor = editor;
        this.text = text;
        this.allowed = allowed;
        // Another style chosen: a question about the previous one no longer stands.
        editor.styleProperty().addListener((o, was, now) -> {
            if (!making.get()) {
                asking.set(false);
            }
        });
    }

    /** Asks whether to make a new version of the style being edited, with a free code suggested. */
    public void ask() {
        Style s = editor.styleProperty().get();
        if (!allowed || s == null || making.get()) {
            return;
        }
        code.set(suggest(s.code(), editor.styles()));
        name.set(s.name());
        question.set(text.apply("bulletin.version.why", new Object[] {s.code()}));
        problem.set("");
        done.set("");
        asking.set(true);
    }

    public void cancel() {
        asking.set(false);
        problem.set("");
    }

    /** Makes the copy; on a refusal the code and name stay as typed, with the reason. */
    public void make() {
        Style from = editor.styleProperty().get();
        if (from == null || making.get()) {
            return;
        }
        String c = code.get() == null ? "" : code.get().strip();
        String n = name.get() == null ? "" : name.get().strip();
        if (!CODE.matcher(c).matches()) {
            problem.set(text.apply("bulletin.version.check.code", new Object[0]));
            return;
        }
        if (n.isEmpty() || n.length() > 120) {
            problem.set(text.apply("bulletin.version.check.name", new Object[0]));
            return;
        }
        problem.set("");
        making.set(true);
        tasks.run(
                "sewing.bulletin.version",
                () -> bulletin.newVersion(from.id(), c, n),
                made -> {
                    making.set(false);
                    asking.set(false);
                    // The editor moves to the new version; the list read again keeps it chosen.
                    editor.styleProperty().set(made);
                    editor.refresh();
                    done.set(text.apply("bulletin.version.made", new Object[] {made.code(), from.code()}));
                },
                e -> {
                    making.set(false);
                    problem.set(ErrorText.of(e));
                });
    }

    /** The next "-V<n>" code of {@code code} that no style of the plant has yet. */
    static String suggest(String code, List<Style> styles) {
        Matcher m = NUMBERED.matcher(code);
        String base = m.matches() ? m.group(1) : code;
        int n = m.matches() ? Integer.parseInt(m.group(2)) + 1 : 2;
        Set<String> taken =
                styles.stream().map(s -> s.code().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        while (taken.contains((base + "-V" + n).toLowerCase(Locale.ROOT))) {
            n++;
        }
        return base + "-V" + n;
    }

    /** Whether this person may make versions (planners and admins). */
    public boolean allowed() {
        return allowed;
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty makingProperty() {
        return making.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Why a new version: what it copies and what keeps the old one. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** What stopped the copy (a code taken, say); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last version made, in words; empty until one is. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}

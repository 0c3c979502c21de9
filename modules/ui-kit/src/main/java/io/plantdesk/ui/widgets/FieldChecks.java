package io.plantdesk.ui.widgets;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Control;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Field-by-field checks of a form with ControlsFX's ValidationSupport: a field with a problem
 * turns red and carries an error mark whose tooltip says what is wrong. Quiet until the person
 * first tries to save (an empty form is not an error yet), live after that.
 */
public final class FieldChecks {

    private final ValidationSupport support = new ValidationSupport();

    public FieldChecks() {
        support.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("field-invalid", "field-warning")));
        support.setErrorDecorationEnabled(false);
    }

    /** Checks {@code control}'s value; the function gives the problem in words, or empty when fine. */
    public <T> FieldChecks add(Control control, Function<T, Optional<String>> problem) {
        support.registerValidator(control, false, (Control c, T value) -> {
            Optional<String> p = problem.apply(value);
            return p.map(msg -> ValidationResult.fromMessages(ValidationMessage.error(c, msg)))
                    .orElseGet(ValidationResult::new);
        });
        return this;
    }

    /** From now on every problem shows; true when there is none. */
    public boolean showAll() {
        support.setErrorDecorationEnabled(true);
        support.revalidate();
        return support.getValidationResult().getMessages().stream().noneMatch(m -> m.getSeverity() == Severity.ERROR);
    }

    /** Whether {@code control} currently has a problem (for tests and the first focus). */
    public boolean invalid(Control control) {
        return support.getHighestMessage(control)
                .map(m -> m.getSeverity() == Severity.ERROR)
                .orElse(false);
    }
}

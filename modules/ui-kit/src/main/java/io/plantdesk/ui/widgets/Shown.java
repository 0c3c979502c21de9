package io.plantdesk.ui.widgets;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * A converter for a choice the person picks but never types (ChoiceBox, a non-editable ComboBox):
 * only {@code toString} is ever called, so there is nothing to parse. Screens wrote this class by
 * hand, some throwing from {@code fromString}, some returning null.
 */
public final class Shown {

    private Shown() {}

    /** Shows each value as {@code text} says; null shows as {@code text.apply(null)}. */
    public static <T> StringConverter<T> as(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // never typed: no editor to parse
            }
        };
    }
}

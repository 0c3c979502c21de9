package io.plantdesk.sewing.ui.setup;

/** Whole numbers as people type them (spaces around are fine). */
final class Numbers {

    private Numbers() {}

    /** The number, or null when it is not a whole number from {@code min} to {@code max}. */
    static Integer whole(String typed, int min, int max) {
        try {
            int n = Integer.parseInt(typed == null ? "" : typed.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package io.plantdesk.platform.people;

import java.util.Optional;

/**
 * What the People list is narrowed to: a search text (name, login or phone), a role and a status.
 * Every part is applied in SQL, inside the paged query, so the page and the total agree.
 *
 * @param text   what the person typed; blank means no search
 * @param role   only people with this role, or {@code null} for every role
 * @param active only active ({@code true}) or deactivated ({@code false}) people, or {@code null} for both
 */
public record PeopleQuery(String text, AppRole role, Boolean active) {

    /** Longer input is cut: no name, login or phone is longer, and the pattern stays cheap. */
    public static final int MAX_TEXT = 120;

    /** LIKE's escape character in PersonDao's filter. */
    static final char ESCAPE = '!';

    public static final PeopleQuery ALL = new PeopleQuery("", null, null);

    public PeopleQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public PeopleQuery withText(String t) {
        return new PeopleQuery(t, role, active);
    }

    public PeopleQuery withRole(AppRole r) {
        return new PeopleQuery(text, r, active);
    }

    public PeopleQuery withActive(Boolean a) {
        return new PeopleQuery(text, role, a);
    }

    public boolean narrowed() {
        return !text.isEmpty() || role != null || active != null;
    }

    /**
     * The ILIKE pattern for the text, with LIKE's own characters (%, _ and the escape character
     * {@value #ESCAPE}) escaped, so "50%" finds "50%" and not everything; empty when there is no text.
     */
    Optional<String> likePattern() {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return Optional.of(b.append('%').toString());
    }

    /**
     * A phone is stored as typed ("+880 1711-000104"); when the text looks like a phone number,
     * its digits alone match the stored number's digits, whatever the spacing.
     */
    Optional<String> digitsPattern() {
        if (text.isEmpty() || !text.matches("[+0-9 ()-]+")) {
            return Optional.empty();
        }
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of("%" + digits + "%");
    }
}

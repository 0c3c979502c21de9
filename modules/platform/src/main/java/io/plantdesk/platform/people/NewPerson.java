package io.plantdesk.platform.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an admin types to add a person; {@link #problems()} is checked before anything is sent. */
public record NewPerson(String displayName, String phone, AppRole role, String loginRole, char[] password) {

    public static final int MIN_PASSWORD = 10;
    static final Pattern LOGIN = Pattern.compile("^[a-z][a-z0-9_.]{2,62}$");
    /** Names the server refuses or reads as something else; the database checks the same list (V012). */
    static final Set<String> RESERVED =
            Set.of("none", "public", "current_user", "current_role", "session_user", "user", "all");

    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

    /** Human-readable problems, empty when the form may be sent. The database checks the same rules. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > 120) {
            out.add("Enter the person's name (up to 120 characters).");
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
            out.add("The phone number may hold digits, spaces, ( ) - and a leading +.");
        }
        if (role == null) {
            out.add("Choose a role.");
        }
        out.addAll(loginProblems(loginRole));
        out.addAll(passwordProblems(password));
        return out;
    }

    public static List<String> loginProblems(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            return List.of(
                    "The login name needs 3 to 63 lower-case letters, digits, \"_\" or \".\", starting with a letter.");
        }
        if (login.startsWith("pg_") || login.startsWith("plantdesk")) {
            return List.of("Login names may not start with pg_ or plantdesk.");
        }
        if (RESERVED.contains(login)) {
            return List.of("\"" + login + "\" is a name PostgreSQL reserves; choose another login name.");
        }
        return List.of();
    }

    public static List<String> passwordProblems(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            return List.of("The password needs at least " + MIN_PASSWORD + " characters.");
        }
        return List.of();
    }
}

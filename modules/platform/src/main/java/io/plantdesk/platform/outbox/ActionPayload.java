package io.plantdesk.platform.outbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An action's payload: named text values (a flat JSON object in the outbox). Flat on purpose: the
 * Sync panel shows and edits each value, and every floor action so far is a handful of fields.
 */
public record ActionPayload(Map<String, String> values) {

    public ActionPayload {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ActionPayload of(Map<String, String> values) {
        return new ActionPayload(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }

    /** A value the type cannot do without; a missing one is a damaged or hand-edited payload. */
    public String require(String key) {
        return get(key).orElseThrow(() -> OutboxErrors.error("outbox.payload.missing", key));
    }

    /** A copy with one value replaced (the Sync panel's fix before a resend). */
    public ActionPayload with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new ActionPayload(copy);
    }

    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            quote(b, k).append(':');
            if (v == null) {
                b.append("null");
            } else {
                quote(b, v);
            }
        });
        return b.append('}').toString();
    }

    /** Reads what {@link #toJson()} wrote: a flat object of strings (or nulls). */
    public static ActionPayload fromJson(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        int[] at = {skip(json, 0)};
        expect(json, at, '{');
        if (peek(json, at) != '}') {
            while (true) {
                String key = string(json, at);
                expect(json, at, ':');
                String value;
                if (json.startsWith("null", at[0])) {
                    at[0] = skip(json, at[0] + 4);
                    value = null;
                } else {
                    value = string(json, at);
                }
                values.put(key, value);
                if (peek(json, at) == ',') {
                    at[0] = skip(json, at[0] + 1);
                    continue;
                }
                break;
            }
        }
        expect(json, at, '}');
        return new ActionPayload(values);
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    private static String string(String json, int[] at) {
        expect(json, at, '"');
        StringBuilder b = new StringBuilder();
        int i = at[0];
        while (i < json.length() && json.charAt(i) != '"') {
            char c = json.charAt(i++);
            if (c == '\\' && i < json.length()) {
                char e = json.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        if (i >= json.length()) {
            throw new IllegalArgumentException("Unterminated string in an outbox payload");
        }
        at[0] = skip(json, i + 1);
        return b.toString();
    }

    private static void expect(String json, int[] at, char c) {
        if (peek(json, at) != c) {
            throw new IllegalArgumentException("Expected '" + c + "' at " + at[0] + " of an outbox payload");
        }
        at[0] = skip(json, at[0] + 1);
    }

    private static char peek(String json, int[] at) {
        return at[0] < json.length() ? json.charAt(at[0]) : '\0';
    }

    private static int skip(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}

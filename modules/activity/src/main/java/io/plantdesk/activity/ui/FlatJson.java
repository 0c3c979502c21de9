package io.plantdesk.activity.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the flat JSON objects of core.audit_log's old and new values (one level of keys, as
 * PostgreSQL's to_jsonb writes them). Strings come back unquoted, null as Java null; a nested
 * object or array comes back as its JSON text. Not a general JSON parser, and not meant to be.
 */
final class FlatJson {

    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    /** The object's keys in order with their values; empty for null, blank or non-object text. */
    static Map<String, String> read(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        FlatJson p = new FlatJson(json.trim());
        try {
            p.expect('{');
            p.space();
            if (p.peek() == '}') {
                return out;
            }
            while (true) {
                p.space();
                String key = p.string();
                p.space();
                p.expect(':');
                p.space();
                out.put(key, p.value());
                p.space();
                char c = p.next();
                if (c == '}') {
                    return out;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected , or } at " + p.i);
                }
            }
        } catch (RuntimeException e) {
            return Map.of(); // not the flat object we expect: the caller shows no details
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            int start = i;
            int depth = 0;
            boolean inString = false;
            do {
                char d = next();
                if (inString) {
                    if (d == '\\') {
                        next();
                    } else if (d == '"') {
                        inString = false;
                    }
                } else if (d == '"') {
                    inString = true;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                }
            } while (depth > 0);
            return s.substring(start, i);
        }
        int start = i;
        while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        String literal = s.substring(start, i);
        return "null".equals(literal) ? null : literal;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        return s.charAt(i);
    }

    private char next() {
        return s.charAt(i++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
        }
    }
}

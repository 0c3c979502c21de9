package io.plantdesk.fleet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values as LubeLogger (CsvHelper) writes them: quoted fields may hold
 * commas, doubled quotes and line breaks; a byte-order mark is dropped. Each record keeps the file
 * line it starts on, so a row-level error report names the line a person sees in an editor.
 */
final class Csv {

    /** One record and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {

        String field(int column) {
            return column < fields.size() ? fields.get(column).trim() : "";
        }

        boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private Csv() {}

    static List<Row> read(Reader in) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            all.append(buffer, 0, n);
        }
        String text = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(start, List.copyOf(fields)));
                fields.clear();
                start = line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }

    /** A field as CSV: quoted when it holds a comma, a quote or a line break. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

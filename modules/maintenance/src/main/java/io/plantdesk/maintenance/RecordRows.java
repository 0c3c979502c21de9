package io.plantdesk.maintenance;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maintenance's records as the reference cache's rows of named texts and back (the offline copy
 * of a technician's work, {@link MyWorkCache}): each component by its name, in a form that reads
 * back exactly (numbers as plain strings, times in ISO form, enums by name). A list of texts is
 * one value; a list of records is left out (the cache keeps those rows beside it) and reads back
 * empty. A record with a component of another type is refused at once, not cached half.
 */
final class RecordRows {

    /** Separates a list's texts (tags, names): the unit separator, which nobody types. */
    private static final String SEP = "\u001f";

    private RecordRows() {}

    static Map<String, String> row(Record r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass(), e);
            }
            if (isRecordList(c)) {
                continue;
            }
            m.put(c.getName(), write(c.getType(), v));
        }
        return m;
    }

    static <R extends Record> R read(Class<R> type, Map<String, String> row) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            args[i] = isRecordList(cs[i]) ? List.of() : parse(cs[i].getType(), row.get(cs[i].getName()));
        }
        try {
            Constructor<R> k = type.getDeclaredConstructor(
                    Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            k.setAccessible(true);
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild a " + type.getSimpleName() + " from the cache", e);
        }
    }

    private static boolean isRecordList(RecordComponent c) {
        return c.getType() == List.class
                && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] != String.class;
    }

    private static String write(Class<?> t, Object v) {
        if (v == null) {
            return null;
        }
        if (t == List.class) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) v;
            return String.join(SEP, texts);
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof String
                || v instanceof UUID
                || v instanceof Number
                || v instanceof Boolean
                || v instanceof OffsetDateTime
                || v instanceof LocalDate
                || v instanceof Instant) {
            return v.toString();
        }
        throw new IllegalArgumentException("A " + t.getSimpleName() + " cannot be cached");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> t, String s) {
        if (t == int.class) {
            return s == null ? 0 : Integer.parseInt(s);
        }
        if (t == boolean.class) {
            return Boolean.parseBoolean(s);
        }
        if (s == null) {
            return t == List.class ? List.of() : null;
        }
        if (t == String.class) {
            return s;
        }
        if (t == List.class) {
            return s.isEmpty() ? List.of() : List.of(s.split(SEP, -1));
        }
        if (t == UUID.class) {
            return UUID.fromString(s);
        }
        if (t == Integer.class) {
            return Integer.valueOf(s);
        }
        if (t == Boolean.class) {
            return Boolean.valueOf(s);
        }
        if (t == BigDecimal.class) {
            return new BigDecimal(s);
        }
        if (t == OffsetDateTime.class) {
            return OffsetDateTime.parse(s);
        }
        if (t == LocalDate.class) {
            return LocalDate.parse(s);
        }
        if (t == Instant.class) {
            return Instant.parse(s);
        }
        if (t.isEnum()) {
            return Enum.valueOf((Class) t, s);
        }
        throw new IllegalArgumentException("A " + t.getSimpleName() + " cannot be read from the cache");
    }
}

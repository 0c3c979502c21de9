package io.plantdesk.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs an api action at most once per idempotency key. The key's row (maint.api_request) is
 * written in the action's own transaction, so either both happen or neither; a key seen before
 * returns its stored result without acting. Two calls with one key at the same moment: the
 * second's insert waits on the first's uncommitted key, then fails on the primary key, and it
 * returns the first's result.
 */
final class Idempotency {

    private final Jdbi jdbi;

    Idempotency(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param act    the action, in the transaction; returns what to store (flat strings)
     * @param decode builds the caller's result from the stored strings and whether it was a repeat
     */
    <T> T once(UUID key, String operation, Function<Handle, Map<String, String>> act, ResultDecoder<T> decode) {
        try {
            return jdbi.inTransaction(h -> {
                Optional<Map<String, String>> prior = stored(h, key, operation);
                if (prior.isPresent()) {
                    return decode.decode(prior.get(), true);
                }
                Map<String, String> result = act.apply(h);
                h.createUpdate("insert into maint.api_request (tenant_id, id, operation, result) "
                                + "values (core.current_tenant(), :key, :op, cast(:result as jsonb))")
                        .bind("key", key)
                        .bind("op", operation)
                        .bind("result", json(result))
                        .execute();
                return decode.decode(result, false);
            });
        } catch (JdbiException e) {
            if (MaintText.isUniqueViolation(e, "api_request_pkey")) {
                return jdbi.withHandle(
                        h -> decode.decode(stored(h, key, operation).orElseThrow(), true));
            }
            throw MaintText.translate(e);
        }
    }

    /** Turns the stored strings into the caller's record. */
    interface ResultDecoder<T> {
        T decode(Map<String, String> stored, boolean repeated);
    }

    private static Optional<Map<String, String>> stored(Handle h, UUID key, String operation) {
        var rows = h.createQuery("select r.operation, e.key, e.value from maint.api_request r "
                        + "left join lateral jsonb_each_text(r.result) e on true where r.id = :key")
                .bind("key", key)
                .mapToMap()
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String op = (String) rows.getFirst().get("operation");
        if (!op.equals(operation)) {
            throw MaintText.error("key.other.action", op);
        }
        Map<String, String> result = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.get("key") != null)
                .forEach(r -> result.put((String) r.get("key"), (String) r.get("value")));
        return Optional.of(result);
    }

    static String json(Map<String, String> values) {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(quote(k)).append(':').append(v == null ? "null" : quote(v));
        });
        return b.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
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
        return b.append('"').toString();
    }
}

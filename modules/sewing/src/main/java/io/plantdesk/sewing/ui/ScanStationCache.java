package io.plantdesk.sewing.ui;

import io.plantdesk.platform.outbox.ReferenceCache;
import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The scan station's choices (operators and operations) in the person's reference cache, so the
 * station keeps scanning into the outbox when the server is away, even when opened offline.
 */
final class ScanStationCache {

    static final String OPERATORS = "sewing.scan.operators";
    static final String OPERATIONS = "sewing.scan.operations";

    /** The lists as last loaded, and when. */
    record Loaded(List<LineMember> operators, List<ScanStationViewModel.OperationChoice> operations, Instant asOf) {}

    private ScanStationCache() {}

    static void save(
            ReferenceCache cache,
            List<LineMember> operators,
            List<ScanStationViewModel.OperationChoice> ops,
            Instant now) {
        cache.put(
                OPERATORS,
                operators.stream()
                        .map(p -> map(
                                "line",
                                p.lineId().toString(),
                                "person",
                                p.personId().toString(),
                                "name",
                                p.displayName()))
                        .toList(),
                now);
        cache.put(
                OPERATIONS,
                ops.stream()
                        .map(c -> {
                            Operation o = c.operation();
                            return map(
                                    "id",
                                    o.id().toString(),
                                    "style",
                                    o.styleId().toString(),
                                    "seq",
                                    Integer.toString(o.seq()),
                                    "name",
                                    o.name(),
                                    "smv",
                                    plain(o.smv()),
                                    "rate",
                                    plain(o.pieceRate()),
                                    "machine",
                                    o.machineType(),
                                    "skill",
                                    Integer.toString(o.skillLevel()),
                                    "qc",
                                    Boolean.toString(o.qcCheck()),
                                    "styleCode",
                                    c.styleCode());
                        })
                        .toList(),
                now);
    }

    static Optional<Loaded> load(ReferenceCache cache) {
        var operators = cache.get(OPERATORS);
        var operations = cache.get(OPERATIONS);
        if (operators.isEmpty() || operations.isEmpty()) {
            return Optional.empty();
        }
        List<LineMember> people = operators.get().rows().stream()
                .map(r ->
                        new LineMember(UUID.fromString(r.get("line")), UUID.fromString(r.get("person")), r.get("name")))
                .toList();
        List<ScanStationViewModel.OperationChoice> ops = operations.get().rows().stream()
                .map(r -> new ScanStationViewModel.OperationChoice(
                        new Operation(
                                UUID.fromString(r.get("id")),
                                UUID.fromString(r.get("style")),
                                Integer.parseInt(r.get("seq")),
                                r.get("name"),
                                decimal(r.get("smv")),
                                decimal(r.get("rate")),
                                r.get("machine"),
                                Integer.parseInt(r.get("skill")),
                                Boolean.parseBoolean(r.get("qc"))),
                        r.get("styleCode")))
                .toList();
        Instant asOf = operators.get().savedAt().isBefore(operations.get().savedAt())
                ? operators.get().savedAt()
                : operations.get().savedAt();
        return Optional.of(new Loaded(people, ops, asOf));
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}

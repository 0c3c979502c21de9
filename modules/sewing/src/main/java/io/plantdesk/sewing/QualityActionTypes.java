package io.plantdesk.sewing;

import io.plantdesk.platform.Text;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionType;
import io.plantdesk.platform.outbox.ReplayContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A QC checkpoint's actions as outbox action types (META-INF/services), so a checkpoint keeps
 * recording when the network drops: a QC check with its defects by code, and rework. Each
 * delivery is {@link QualityService}'s own idempotent call keyed by the action's client id; the
 * payload keeps the time on the floor (a check replayed later still counts in its own hour and
 * shift). A rework names its check by the key the check was queued with, since offline the
 * check's id is not known yet; the outbox replays in order, so the check arrives first.
 */
public final class QualityActionTypes {

    public static final String QC_CHECK = "sewing.qc_check";
    public static final String REWORK = "sewing.rework";

    private QualityActionTypes() {}

    /**
     * A check as the checkpoint queues it; {@code r.key()} is also the outbox action's id.
     *
     * @param defectsLabel the defects by code in words, for the Sync panel ("2 x OS Open seam")
     */
    public static ActionPayload check(
            QcCheckRequest r, String operationLabel, String operatorLabel, String defectsLabel, OffsetDateTime at) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("qr", r.qrCode());
        m.put("operation", r.operationId().toString());
        m.put("operationLabel", operationLabel);
        m.put("operator", r.operatorId() == null ? null : r.operatorId().toString());
        m.put("operatorLabel", operatorLabel);
        m.put("inspector", r.inspectorId() == null ? null : r.inspectorId().toString());
        m.put("checked", Integer.toString(r.piecesChecked()));
        m.put("defective", Integer.toString(r.piecesDefective()));
        m.put(
                "defects",
                r.defectsByCode().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .sorted()
                        .collect(Collectors.joining(",")));
        m.put("defectsLabel", defectsLabel);
        m.put("at", at.toString());
        return ActionPayload.of(m);
    }

    /**
     * Rework as the checkpoint queues it.
     *
     * @param checkKey the key of the check that sent the pieces back; null for none
     */
    public static ActionPayload rework(
            ReworkRequest r, UUID checkKey, String operationLabel, String operatorLabel, OffsetDateTime at) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("qr", r.qrCode());
        m.put("operation", r.operationId().toString());
        m.put("operationLabel", operationLabel);
        m.put("operator", r.operatorId() == null ? null : r.operatorId().toString());
        m.put("operatorLabel", operatorLabel);
        m.put("check", checkKey == null ? null : checkKey.toString());
        m.put("pieces", Integer.toString(r.pieces()));
        m.put("at", at.toString());
        return ActionPayload.of(m);
    }

    /** The check's defects by code from its payload ("codeId=count,..."). */
    static Map<UUID, Integer> defects(ActionPayload p) {
        Map<UUID, Integer> out = new LinkedHashMap<>();
        for (String pair : p.get("defects").orElse("").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.merge(UUID.fromString(pair.substring(0, eq)), Integer.parseInt(pair.substring(eq + 1)), Integer::sum);
        }
        return out;
    }

    /** The check a rework names, by its key; refused in words when that check never reached the server. */
    static UUID checkId(QualityService quality, ActionPayload p) {
        return p.get("check")
                .map(UUID::fromString)
                .map(k -> quality.checkOf(k).orElseThrow(() -> SewingText.error("qc.check.not.found")))
                .orElse(null);
    }

    private static Text field(String key) {
        return SewingText.of("outbox.field." + key);
    }

    private static UUID uuid(ActionPayload p, String key) {
        return p.get(key).map(UUID::fromString).orElse(null);
    }

    private static int number(ActionPayload p, String key) {
        try {
            return Integer.parseInt(p.require(key).strip());
        } catch (NumberFormatException e) {
            throw SewingText.error("qc.not.number", p.require(key));
        }
    }

    /** A QC check: pieces checked of a bundle after an operation, the defective ones and their defects by code. */
    public static final class Check implements ActionType {
        @Override
        public String name() {
            return QC_CHECK;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("qr", field("qr"), true),
                    new PayloadField("operationLabel", field("operation"), false),
                    new PayloadField("operatorLabel", field("operator"), false),
                    new PayloadField("checked", field("checked"), false),
                    new PayloadField("defective", field("defective"), false),
                    new PayloadField("defectsLabel", field("defects"), false),
                    new PayloadField("at", field("at"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return SewingText.of(
                    "outbox.qc",
                    p.get("qr").orElse(""),
                    p.get("operationLabel").orElse(""),
                    p.get("checked").orElse(""),
                    p.get("defective").orElse(""));
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            new QualityService(c.jdbi(), c.clock())
                    .check(new QcCheckRequest(
                            clientId,
                            p.require("qr"),
                            UUID.fromString(p.require("operation")),
                            uuid(p, "operator"),
                            uuid(p, "inspector"),
                            number(p, "checked"),
                            number(p, "defective"),
                            defects(p),
                            OffsetDateTime.parse(p.require("at"))));
        }
    }

    /** Pieces of a bundle mended (never output, never paid). */
    public static final class Rework implements ActionType {
        @Override
        public String name() {
            return REWORK;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("qr", field("qr"), true),
                    new PayloadField("operationLabel", field("operation"), false),
                    new PayloadField("operatorLabel", field("operator"), false),
                    new PayloadField("pieces", field("pieces"), false),
                    new PayloadField("at", field("at"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return SewingText.of(
                    "outbox.rework",
                    p.get("pieces").orElse(""),
                    p.get("qr").orElse(""),
                    p.get("operationLabel").orElse(""));
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            QualityService quality = new QualityService(c.jdbi(), c.clock());
            quality.rework(new ReworkRequest(
                    clientId,
                    p.require("qr"),
                    UUID.fromString(p.require("operation")),
                    uuid(p, "operator"),
                    checkId(quality, p),
                    number(p, "pieces"),
                    OffsetDateTime.parse(p.require("at"))));
        }
    }
}

package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionType;
import io.plantdesk.platform.outbox.ReplayContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sewing floor's actions as outbox action types (META-INF/services): a bundle scan (the
 * line's output: the bundle's pieces done for an operation) and a stop's start and end. Each
 * delivery is the service's own idempotent call keyed by the action's client id; each payload
 * keeps the time on the floor, so a scan replayed an hour later still counts in its own hour,
 * and labels in plant words for the Sync panel.
 */
public final class SewingActionTypes {

    public static final String SCAN = "sewing.bundle_scan";
    public static final String DOWNTIME_START = "sewing.downtime_start";
    public static final String DOWNTIME_STOP = "sewing.downtime_stop";

    private SewingActionTypes() {}

    /** A scan as the station queues it; {@code key} is also the outbox action's id. */
    public static ActionPayload scan(ScanRequest r, String operationLabel, String operatorLabel, OffsetDateTime at) {
        return payload(
                "qr",
                r.qrCode(),
                "operation",
                r.operationId().toString(),
                "operationLabel",
                operationLabel,
                "operator",
                r.operatorId().toString(),
                "operatorLabel",
                operatorLabel,
                "machine",
                r.machineId() == null ? null : r.machineId().toString(),
                "device",
                r.device(),
                "at",
                at.toString());
    }

    public static ActionPayload downtimeStart(DowntimeStart s, String lineLabel, OffsetDateTime at) {
        return payload(
                "line",
                s.lineId().toString(),
                "lineLabel",
                lineLabel,
                "machine",
                s.machineId() == null ? null : s.machineId().toString(),
                "reason",
                s.reason().dbValue(),
                "note",
                s.note(),
                "at",
                at.toString());
    }

    /** A stop's end, naming the stop by the key its start was recorded with (its id may not be known yet offline). */
    public static ActionPayload downtimeStop(UUID startKey, String lineLabel, OffsetDateTime at) {
        return payload("start", startKey.toString(), "lineLabel", lineLabel, "at", at.toString());
    }

    private static ActionPayload payload(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return ActionPayload.of(m);
    }

    private static Text field(String key) {
        return SewingText.of("outbox.field." + key);
    }

    private static UUID uuid(ActionPayload p, String key) {
        return p.get(key).map(UUID::fromString).orElse(null);
    }

    /** A bundle scanned for an operation: the pieces count as the line's output. */
    public static final class BundleScan implements ActionType {
        @Override
        public String name() {
            return SCAN;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("qr", field("qr"), true),
                    new PayloadField("operationLabel", field("operation"), false),
                    new PayloadField("operatorLabel", field("operator"), false),
                    new PayloadField("at", field("at"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return SewingText.of(
                    "outbox.scan",
                    p.get("qr").orElse(""),
                    p.get("operationLabel").orElse(""),
                    p.get("operatorLabel").orElse(""));
        }

        /** "Bundle 1042 was already scanned for Side seam by Asha at 10:41": the server's facts, in the floor's words. */
        @Override
        public Text conflict(ActionPayload p, PlantdeskException refusal) {
            var t = refusal.messageText();
            if (t.isPresent()
                    && SewingText.BUNDLE.equals(t.get().bundle())
                    && "scan.already".equals(t.get().key())) {
                return SewingText.of("outbox.scan.already", t.get().args());
            }
            return ActionType.super.conflict(p, refusal);
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            var meters = MaintenanceApis.find().map(a -> a.meterFeed(c.jdbi(), c.clock()));
            new ScanService(c.jdbi(), c.clock(), meters)
                    .scan(new ScanRequest(
                            clientId,
                            p.require("qr"),
                            UUID.fromString(p.require("operation")),
                            UUID.fromString(p.require("operator")),
                            uuid(p, "machine"),
                            p.get("device").orElse(null),
                            OffsetDateTime.parse(p.require("at"))));
        }
    }

    /** A line (or one machine on it) stopped. */
    public static final class StopStart implements ActionType {
        @Override
        public String name() {
            return DOWNTIME_START;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("lineLabel", field("line"), false),
                    new PayloadField("note", field("note"), true),
                    new PayloadField("at", field("at"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return SewingText.of(
                    "outbox.downtime.start",
                    p.get("lineLabel").orElse(""),
                    SewingText.of("outbox.reason." + p.require("reason")).english());
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            var maintenance = MaintenanceApis.find().map(a -> a.workRequests(c.jdbi(), c.clock()));
            new DowntimeService(c.jdbi(), c.clock(), maintenance)
                    .start(new DowntimeStart(
                            clientId,
                            UUID.fromString(p.require("line")),
                            uuid(p, "machine"),
                            DowntimeReason.fromDb(p.require("reason")),
                            p.get("note").orElse(""),
                            OffsetDateTime.parse(p.require("at"))));
        }
    }

    /** The stop is over. */
    public static final class StopEnd implements ActionType {
        @Override
        public String name() {
            return DOWNTIME_STOP;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("lineLabel", field("line"), false), new PayloadField("at", field("at"), false));
        }

        @Override
        public Text describe(ActionPayload p) {
            return SewingText.of("outbox.downtime.stop", p.get("lineLabel").orElse(""));
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            UUID startKey = UUID.fromString(p.require("start"));
            DowntimeRow stop = Services.read(c.jdbi(), d -> d.downtimeByKey(startKey))
                    .orElseThrow(() -> SewingText.error("downtime.not.found"));
            new DowntimeService(c.jdbi(), c.clock(), Optional.empty())
                    .stop(clientId, stop.id(), OffsetDateTime.parse(p.require("at")));
        }
    }
}

package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MeterFeed;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The scan station's one action: a bundle's QR code, the operation and the operator record that
 * operation done on the bundle's pieces. Each bundle-operation is done once: a second scan (by
 * anyone) is refused with who scanned it and when. The client's key makes a replayed scan (the
 * outbox after a network drop) return the first result. Pieces sewn on a machine feed its pieces
 * meter in maintenance, with the same key, so a replay after a crash between the two feeds once.
 */
public final class ScanService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<MeterFeed> meters;
    private final Ids ids;

    /** @param meters maintenance's meter feed, empty when maintenance is not installed */
    public ScanService(Jdbi jdbi, Clock clock, Optional<MeterFeed> meters) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.meters = meters;
        this.ids = new Ids(clock);
    }

    public ScanResult scan(ScanRequest r) {
        ScanResult result;
        try {
            result = jdbi.inTransaction(h -> record(h, r));
        } catch (JdbiException e) {
            // Two stations racing on one key or one bundle-operation: the loser reads the winner.
            if (SewingText.isUniqueViolation(e, "bundle_scan_key")) {
                result = Services.read(jdbi, d -> d.scanByKey(r.key()))
                        .map(s -> toResult(s, true))
                        .orElseThrow();
            } else if (SewingText.isUniqueViolation(e, "bundle_scan_once")) {
                throw Services.read(jdbi, d -> d.bundleByQr(r.qrCode()).flatMap(b -> d.scanOf(b.id(), r.operationId())))
                        .map(ScanService::alreadyScanned)
                        .orElseThrow(() -> SewingText.translate(e));
            } else {
                throw SewingText.translate(e);
            }
        }
        if (r.machineId() != null && meters.isPresent()) {
            meters.get().addPieces(r.key(), r.machineId(), result.pieces(), result.scannedAt());
        }
        return result;
    }

    /** The bundle's scan history, in bulletin order. */
    public List<ScanRecord> history(UUID bundleId) {
        return Services.read(jdbi, d -> d.scansOf(bundleId));
    }

    public Optional<Bundle> bundle(String qrCode) {
        return Services.read(jdbi, d -> d.bundleByQr(qrCode.strip()));
    }

    private ScanResult record(Handle h, ScanRequest r) {
        SewingDao dao = h.attach(SewingDao.class);
        Optional<ScanRecord> prior = dao.scanByKey(r.key());
        if (prior.isPresent()) {
            return toResult(prior.get(), true);
        }
        if (r.qrCode().isEmpty()) {
            throw SewingText.error("scan.empty");
        }
        Bundle bundle = dao.bundleByQr(r.qrCode()).orElseThrow(() -> SewingText.error("scan.unknown", r.qrCode()));
        Operation op = dao.operation(r.operationId()).orElseThrow(() -> SewingText.error("scan.operation.unknown"));
        if (!op.styleId().equals(bundle.styleId())) {
            throw SewingText.error("scan.wrong.style", bundle.ticket(), bundle.styleCode(), op.name());
        }
        UUID line = dao.lineOf(r.operatorId()).orElseThrow(() -> SewingText.error("scan.no.line"));
        Optional<ScanRecord> done = dao.scanOf(bundle.id(), op.id());
        if (done.isPresent()) {
            throw alreadyScanned(done.get());
        }
        UUID id = ids.next();
        OffsetDateTime at = r.at() == null ? OffsetDateTime.now(clock) : r.at();
        dao.insertScan(
                id,
                r.key(),
                bundle.id(),
                op.id(),
                line,
                r.operatorId(),
                r.machineId(),
                r.device(),
                bundle.quantity(),
                at);
        return toResult(dao.scanByKey(r.key()).orElseThrow(), false);
    }

    private static PlantdeskException alreadyScanned(ScanRecord s) {
        return SewingText.error("scan.already", s.ticket(), s.operation(), s.operatorName(), s.localTime());
    }

    private static ScanResult toResult(ScanRecord s, boolean repeated) {
        return new ScanResult(
                s.id(),
                s.ticket(),
                s.styleCode(),
                s.operation(),
                s.operatorName(),
                s.pieces(),
                s.scannedAt(),
                repeated);
    }
}

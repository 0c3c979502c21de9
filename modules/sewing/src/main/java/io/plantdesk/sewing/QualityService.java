package io.plantdesk.sewing;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Quality and loading on the floor: defect codes, QC checks with their defects by code, rework,
 * and bundles issued to a line. Every floor action carries the client's key, so a replay (the
 * outbox after a network drop) records nothing more. Rework lives apart from scans: output,
 * earned minutes and pay read scans only, so mended pieces never count twice.
 */
public final class QualityService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;

    public QualityService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    public DefectCode defineDefectCode(String code, String name) {
        UUID id = ids.next();
        return Services.inTransaction(jdbi, h -> {
            h.attach(QualityDao.class).insertDefectCode(id, code.strip(), name.strip());
            return new DefectCode(id, code.strip(), name.strip());
        });
    }

    public List<DefectCode> defectCodes() {
        return Services.inTransaction(jdbi, h -> h.attach(QualityDao.class).defectCodes());
    }

    /**
     * Loads a bundle onto a line (its pieces count as loaded there from {@code at}).
     *
     * @return false when the key had been used before
     */
    public boolean issue(UUID key, String qrCode, UUID lineId, OffsetDateTime at) {
        return Services.inTransaction(jdbi, h -> {
            Bundle b = bundle(h, qrCode);
            return h.attach(QualityDao.class).insertIssue(ids.next(), key, b.id(), lineId, when(at)) == 1;
        });
    }

    /**
     * Records a QC check and its defects by code in one transaction.
     *
     * @return the check's id (the first one's, when the key had been used before)
     */
    public UUID check(QcCheckRequest r) {
        try {
            return jdbi.inTransaction(h -> {
                QualityDao dao = h.attach(QualityDao.class);
                Optional<UUID> prior = dao.checkByKey(r.key());
                if (prior.isPresent()) {
                    return prior.get();
                }
                Bundle b = bundle(h, r.qrCode());
                UUID operator = operatorFor(h, b, r.operationId(), r.operatorId());
                UUID line = lineFor(h, b, r.operationId(), operator);
                UUID id = ids.next();
                dao.insertCheck(
                        id,
                        r.key(),
                        b.id(),
                        r.operationId(),
                        line,
                        operator,
                        r.inspectorId(),
                        r.piecesChecked(),
                        r.piecesDefective(),
                        r.defects(),
                        when(r.at()));
                for (Map.Entry<UUID, Integer> e : r.defectsByCode().entrySet()) {
                    dao.insertDefect(ids.next(), id, e.getKey(), e.getValue());
                }
                return id;
            });
        } catch (JdbiException e) {
            // Two checkpoints racing on one key: the loser reads the winner.
            if (SewingText.isUniqueViolation(e, "qc_check_key")) {
                return Services.inTransaction(
                                jdbi, h -> h.attach(QualityDao.class).checkByKey(r.key()))
                        .orElseThrow();
            }
            throw SewingText.translate(e);
        }
    }

    /** @return false when the key had been used before */
    public boolean rework(ReworkRequest r) {
        return Services.inTransaction(jdbi, h -> {
            Bundle b = bundle(h, r.qrCode());
            UUID operator = operatorFor(h, b, r.operationId(), r.operatorId());
            UUID line = lineFor(h, b, r.operationId(), operator);
            return h.attach(QualityDao.class)
                            .insertRework(
                                    ids.next(),
                                    r.key(),
                                    b.id(),
                                    r.operationId(),
                                    line,
                                    operator,
                                    r.checkId(),
                                    r.pieces(),
                                    when(r.at()))
                    == 1;
        });
    }

    /**
     * A bundle as a QC checkpoint sees it: its ticket and its style's operations with who sewed
     * each, so the inspector only picks what was checked.
     */
    public QcBundle forCheck(String qrCode) {
        return Services.inTransaction(jdbi, h -> {
            Bundle b = bundle(h, qrCode);
            List<QcStep> steps = h.attach(QualityDao.class).bundleSteps(b.id(), b.styleId()).stream()
                    .map(QcStepRow::step)
                    .toList();
            return new QcBundle(b, steps);
        });
    }

    /** The id of the check recorded with {@code key}, once it reached the server. */
    public Optional<UUID> checkOf(UUID key) {
        return Services.inTransaction(jdbi, h -> h.attach(QualityDao.class).checkByKey(key));
    }

    /** Every line's quality in [from, to) counted from raw rows, with its WIP at {@code to}. */
    public List<LineQuality> live(OffsetDateTime from, OffsetDateTime to) {
        return Services.inTransaction(jdbi, h -> h.attach(QualityDao.class).liveQuality(from, to));
    }

    /** A closed shift's quality as the rollup stored it (lines with no checks, rework or loading are absent). */
    public List<LineQuality> storedShift(OffsetDateTime shiftStart) {
        return Services.inTransaction(jdbi, h -> h.attach(QualityDao.class).storedQuality(shiftStart));
    }

    private static Bundle bundle(Handle h, String qrCode) {
        if (qrCode.isBlank()) {
            throw SewingText.error("scan.empty");
        }
        return h.attach(SewingDao.class)
                .bundleByQr(qrCode.strip())
                .orElseThrow(() -> SewingText.error("scan.unknown", qrCode.strip()));
    }

    /** The operator named, else whoever scanned the bundle for the operation. */
    private static UUID operatorFor(Handle h, Bundle b, UUID operationId, UUID named) {
        if (named != null) {
            return named;
        }
        return h.attach(QualityDao.class)
                .scanOperator(b.id(), operationId)
                .orElseThrow(() -> SewingText.error("qc.no.operator", b.ticket()));
    }

    /** Where the operation was sewn (its scan), else the operator's line today. */
    private static UUID lineFor(Handle h, Bundle b, UUID operationId, UUID operatorId) {
        return h.attach(QualityDao.class)
                .scanLine(b.id(), operationId)
                .or(() -> h.attach(SewingDao.class).lineOf(operatorId))
                .orElseThrow(() -> SewingText.error("scan.no.line"));
    }

    private OffsetDateTime when(OffsetDateTime at) {
        return at == null ? OffsetDateTime.now(clock) : at;
    }
}

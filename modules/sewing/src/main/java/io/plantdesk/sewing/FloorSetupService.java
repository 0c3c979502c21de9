package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MachineRegister;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * What planners and supervisors set up before the floor sews: lines and who sews on them, styles
 * with their operation bulletin, runs, and cutting runs with the bundles they produce. The
 * database checks every range and uniqueness; this class turns its refusals into sentences.
 * Machines come from maintenance's api ({@link MachineRegister}), never its tables.
 */
public final class FloorSetupService {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Optional<MachineRegister> register;

    /** With maintenance's machine register on the same login when maintenance is installed. */
    public FloorSetupService(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, MaintenanceApis.find().map(a -> a.machineRegister(jdbi)));
    }

    /** @param register maintenance's machine register, empty when maintenance is not installed */
    public FloorSetupService(Jdbi jdbi, Clock clock, Optional<MachineRegister> register) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.register = register;
    }

    public Line createLine(String code, String name, int hourlyTarget) {
        UUID id = ids.next();
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            dao.insertLine(id, code.strip(), name.strip(), hourlyTarget);
            return dao.lines().stream()
                    .filter(l -> l.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        });
    }

    public List<Line> lines() {
        return Services.read(jdbi, SewingDao::lines);
    }

    /** Puts a person on the line (moving them from another one). */
    public void putOnLine(UUID lineId, UUID personId) {
        Services.inTransaction(jdbi, h -> {
            h.attach(SewingDao.class).putMember(ids.next(), lineId, personId);
            return null;
        });
    }

    /** Everyone on any line, by name. */
    public List<LineMember> allMembers() {
        return Services.read(jdbi, SewingDao::allMembers);
    }

    /** Every live style's operations, by style code and sequence. */
    public List<Operation> allOperations() {
        return Services.read(jdbi, SewingDao::allOperations);
    }

    /** The plant's machines (maintenance's asset register; none when maintenance is not installed). */
    public List<MachineRef> machines() {
        return register.map(MachineRegister::machines).orElse(List.of());
    }

    public List<LineMember> members(UUID lineId) {
        return Services.read(jdbi, d -> d.members(lineId));
    }

    /** A style and its whole bulletin in one transaction. */
    public Style createStyle(String code, String name, List<OperationDraft> bulletin) {
        UUID id = ids.next();
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            dao.insertStyle(id, code.strip(), name.strip());
            for (OperationDraft op : bulletin) {
                dao.insertOperation(ids.next(), id, op);
            }
            return new Style(id, code.strip(), name.strip());
        });
    }

    public List<Style> styles() {
        return Services.read(jdbi, SewingDao::styles);
    }

    public List<Operation> bulletin(UUID styleId) {
        return Services.read(jdbi, d -> d.operations(styleId));
    }

    public Run startRun(
            UUID lineId, UUID styleId, String orderRef, int orderQty, BigDecimal targetEfficiency, LocalDate startsOn) {
        UUID id = ids.next();
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            dao.insertRun(id, lineId, styleId, orderRef.strip(), orderQty, targetEfficiency, startsOn);
            return dao.runs(lineId).stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        });
    }

    public List<Run> runs(UUID lineId) {
        return Services.read(jdbi, d -> d.runs(lineId));
    }

    /**
     * Records a lay and cuts its pieces into bundles of {@code bundleSize} per size (the last
     * bundle of a size takes the rest), numbered on from the run's last ticket. QR codes are
     * {@code B-<last 8 hex digits of the run's id (its random part)>-<ticket>}: short enough for a small label, unique in the plant.
     *
     * @param piecesPerSize pieces cut per size, in ticket order
     */
    public List<Bundle> cut(
            UUID runId,
            int layNo,
            int plies,
            List<SizeCount> piecesPerSize,
            int bundleSize,
            BigDecimal fabricUsed,
            BigDecimal wastage,
            UUID cutterId) {
        Objects.requireNonNull(piecesPerSize, "piecesPerSize");
        if (bundleSize < 1) {
            throw SewingText.error("cut.bundle.size");
        }
        int total = piecesPerSize.stream().mapToInt(SizeCount::pieces).sum();
        UUID cuttingId = ids.next();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            dao.lockRun(runId).orElseThrow(() -> SewingText.error("run.not.found"));
            dao.insertCutting(
                    cuttingId,
                    runId,
                    layNo,
                    plies,
                    total,
                    fabricUsed,
                    wastage == null ? BigDecimal.ZERO : wastage,
                    cutterId,
                    now);
            int ticket = dao.nextTicket(runId);
            List<UUID> made = new ArrayList<>();
            for (SizeCount sc : piecesPerSize) {
                for (int left = sc.pieces(); left > 0; left -= bundleSize) {
                    UUID id = ids.next();
                    String qr = "B-" + runId.toString().substring(28).toUpperCase() + "-" + ticket;
                    dao.insertBundle(id, runId, cuttingId, ticket++, sc.size(), Math.min(left, bundleSize), qr);
                    made.add(id);
                }
            }
            return dao.bundles(runId).stream()
                    .filter(b -> made.contains(b.id()))
                    .toList();
        });
    }

    public List<Bundle> bundles(UUID runId) {
        return Services.read(jdbi, d -> d.bundles(runId));
    }

    /** Pieces cut of one size. */
    public record SizeCount(String size, int pieces) {}
}

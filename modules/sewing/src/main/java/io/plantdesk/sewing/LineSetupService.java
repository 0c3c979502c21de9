package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MachineRegister;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The floor's set-up: lines (code, name, hourly target, active, the machines they sew on) and
 * operators (employee number, skill level, line, active). The database holds every rule (ranges,
 * one employee number per plant, one line per machine and person, no deleting a line); a save read
 * from an older version is refused as a conflict, so one supervisor never overwrites another.
 * Machines come from maintenance's api, never its tables.
 */
public final class LineSetupService {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Optional<MachineRegister> machines;

    public LineSetupService(Jdbi jdbi, Clock clock, Optional<MachineRegister> machines) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
        this.machines = machines;
    }

    /** Every line, active ones first. */
    public List<SetupLine> lines() {
        return read(LineSetupDao::lines);
    }

    /** The plant's machines (empty when maintenance is not installed). */
    public List<MachineRef> machines() {
        return machines.map(MachineRegister::machines).orElse(List.of());
    }

    public List<UUID> machinesOf(UUID lineId) {
        return read(d -> d.machinesOf(lineId));
    }

    /** Which line each machine that sews on one sews on, by the machine's id. */
    public Map<UUID, String> machineLines() {
        return read(LineSetupDao::machineLines).stream()
                .collect(Collectors.toMap(MachineOnLine::machineId, MachineOnLine::lineCode));
    }

    /**
     * Creates the line ({@code id} null) or saves it from {@code version}, and makes its machines
     * exactly {@code draft.machineIds()} (a machine on another line moves here), in one transaction.
     */
    public SetupLine saveLine(UUID id, int version, LineDraft draft) {
        LineDraft clean = new LineDraft(
                draft.code().strip(), draft.name().strip(), draft.hourlyTarget(), draft.active(), draft.machineIds());
        UUID lineId = id == null ? ids.next() : id;
        return Services.inTransaction(jdbi, h -> {
            LineSetupDao dao = h.attach(LineSetupDao.class);
            if (id == null) {
                dao.insertLine(lineId, clean);
            } else if (dao.updateLine(id, version, clean) == 0) {
                throw SewingText.error("setup.line.changed");
            }
            dao.dropMachines(lineId, clean.machineIds().toArray(UUID[]::new));
            for (UUID machine : clean.machineIds()) {
                dao.putMachine(ids.next(), lineId, machine);
            }
            return dao.lines().stream()
                    .filter(l -> l.id().equals(lineId))
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** Operators and everyone on a line, by name. */
    public List<SetupOperator> operators() {
        return read(LineSetupDao::operators);
    }

    /** The plant's people who are not operators yet. */
    public List<PlantPerson> people() {
        return read(LineSetupDao::people);
    }

    /**
     * Records the operator ({@code version} 0: their first record) and puts them on the line
     * (or off every line), in one transaction.
     */
    public SetupOperator saveOperator(int version, OperatorEntry entry) {
        OperatorEntry clean = new OperatorEntry(
                entry.personId(), entry.employeeNo().strip(), entry.skillLevel(), entry.lineId(), entry.active());
        return Services.inTransaction(jdbi, h -> {
            LineSetupDao dao = h.attach(LineSetupDao.class);
            if (version == 0) {
                dao.insertOperator(ids.next(), clean);
            } else if (dao.updateOperator(version, clean) == 0) {
                throw SewingText.error("setup.operator.changed");
            }
            if (clean.lineId() == null) {
                dao.leaveLine(clean.personId());
            } else {
                h.attach(SewingDao.class).putMember(ids.next(), clean.lineId(), clean.personId());
            }
            return dao.operators().stream()
                    .filter(o -> o.personId().equals(clean.personId()))
                    .findFirst()
                    .orElseThrow();
        });
    }

    private <T> T read(Function<LineSetupDao, T> work) {
        try {
            return jdbi.withExtension(LineSetupDao.class, work::apply);
        } catch (JdbiException e) {
            throw SewingText.translate(e);
        }
    }
}

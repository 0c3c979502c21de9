package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Line balancing of a style's bulletin, the way an industrial engineer does it on paper: takt time
 * = available minutes / target output (the minutes the line may spend per garment); each operation
 * needs SMV / takt operators, rounded up to whole people; with them its cycle is SMV / operators
 * and the slowest cycle is the bottleneck, which sets what the line can really make
 * (available minutes / bottleneck cycle). Balance efficiency = total SMV x 100 / (operators x
 * bottleneck cycle): 100 % when every operator's cycle is the bottleneck's.
 *
 * @param takt               minutes per garment
 * @param totalSmv           the style's standard minutes
 * @param operatorsNeeded    total SMV / takt, before rounding
 * @param operatorsAllocated the whole operators over every operation
 * @param achievableOutput   garments the allocated line makes in the available minutes
 * @param balanceEfficiency  percent
 */
public record LineBalance(
        BigDecimal takt,
        BigDecimal totalSmv,
        BigDecimal operatorsNeeded,
        int operatorsAllocated,
        long achievableOutput,
        BigDecimal balanceEfficiency,
        List<Step> steps) {

    /**
     * One operation's share.
     *
     * @param needed     SMV / takt, two decimals
     * @param allocated  whole operators (at least one)
     * @param cycle      minutes per garment per operator with them
     * @param bottleneck the slowest cycle of the line (ties: each)
     */
    public record Step(
            UUID operationId,
            int seq,
            String name,
            BigDecimal smv,
            BigDecimal needed,
            int allocated,
            BigDecimal cycle,
            boolean bottleneck) {}

    private static final int SCALE = 3;

    /** Empty when there is nothing to balance (no operations, no minutes or no target). */
    public static Optional<LineBalance> of(List<Operation> bulletin, int availableMinutes, int targetOutput) {
        if (bulletin.isEmpty() || availableMinutes <= 0 || targetOutput <= 0) {
            return Optional.empty();
        }
        BigDecimal available = BigDecimal.valueOf(availableMinutes);
        BigDecimal takt = available.divide(BigDecimal.valueOf(targetOutput), SCALE, RoundingMode.HALF_UP);
        BigDecimal exactTakt = available.divide(BigDecimal.valueOf(targetOutput), 12, RoundingMode.HALF_UP);
        BigDecimal total = BigDecimal.ZERO;
        int allocatedTotal = 0;
        BigDecimal slowest = BigDecimal.ZERO;
        List<BigDecimal> needs = new ArrayList<>();
        List<Integer> allocations = new ArrayList<>();
        List<BigDecimal> cycles = new ArrayList<>();
        for (Operation op : bulletin) {
            BigDecimal need = op.smv().divide(exactTakt, 12, RoundingMode.HALF_UP);
            // A need of 1.0004 is one operator, not two: the takt was rounded on the way.
            int allocated = Math.max(
                    1,
                    need.setScale(2, RoundingMode.HALF_UP)
                            .setScale(0, RoundingMode.CEILING)
                            .intValueExact());
            BigDecimal cycle = op.smv().divide(BigDecimal.valueOf(allocated), SCALE, RoundingMode.HALF_UP);
            total = total.add(op.smv());
            allocatedTotal += allocated;
            slowest = slowest.max(cycle);
            needs.add(need);
            allocations.add(allocated);
            cycles.add(cycle);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < bulletin.size(); i++) {
            Operation op = bulletin.get(i);
            steps.add(new Step(
                    op.id(),
                    op.seq(),
                    op.name(),
                    op.smv(),
                    needs.get(i).setScale(2, RoundingMode.HALF_UP),
                    allocations.get(i),
                    cycles.get(i),
                    cycles.get(i).compareTo(slowest) == 0));
        }
        long achievable = available.divide(slowest, 0, RoundingMode.FLOOR).longValueExact();
        BigDecimal balance = total.multiply(BigDecimal.valueOf(100))
                .divide(slowest.multiply(BigDecimal.valueOf(allocatedTotal)), 1, RoundingMode.HALF_UP);
        return Optional.of(new LineBalance(
                takt,
                total,
                total.divide(exactTakt, 2, RoundingMode.HALF_UP),
                allocatedTotal,
                achievable,
                balance,
                List.copyOf(steps)));
    }

    /** The bottleneck operations (more than one when their cycles tie). */
    public List<Step> bottlenecks() {
        return steps.stream().filter(Step::bottleneck).toList();
    }
}

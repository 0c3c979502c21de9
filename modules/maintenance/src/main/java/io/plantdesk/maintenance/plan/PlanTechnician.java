package io.plantdesk.maintenance.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of the planner: a person and their capacity on each of the week's seven days (Monday
 * first). Without a capacity set, {@code capacity} is empty and the days' hours are null: the
 * calendar says "no capacity set" instead of inventing a figure.
 */
public record PlanTechnician(UUID personId, String name, Optional<Capacity> capacity, List<BigDecimal> hoursPerDay) {

    public PlanTechnician {
        hoursPerDay = Collections.unmodifiableList(new ArrayList<>(hoursPerDay));
    }

    /** Capacity in hours on day {@code i} (0 = Monday), or null when none is set. */
    public BigDecimal hoursOn(int i) {
        return hoursPerDay.get(i);
    }
}

package io.plantdesk.maintenance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One week of the plan (Monday to Sunday in the plant's time zone): the technicians with their
 * capacity, and the work orders scheduled to start in the week. A work order belongs to the day
 * its slot starts on, in the plant's zone, and to each of its assignees; one without assignees is
 * in the unassigned row ({@code person} null below).
 */
public record WeekPlan(LocalDate monday, ZoneId zone, List<PlanTechnician> technicians, List<PlanCard> cards) {

    public static final int DAYS = 7;

    public WeekPlan {
        technicians = List.copyOf(technicians);
        cards = List.copyOf(cards);
    }

    public LocalDate day(int i) {
        return monday.plusDays(i);
    }

    /** The day index (0 = Monday) a card starts on, or -1 outside this week. */
    public int dayOf(PlanCard c) {
        long i = ChronoUnit.DAYS.between(
                monday, c.start().atZoneSameInstant(zone).toLocalDate());
        return i < 0 || i >= DAYS ? -1 : (int) i;
    }

    /** The cards of one person (null: unassigned) on day {@code i}, in start order. */
    public List<PlanCard> cards(UUID person, int i) {
        return cards.stream()
                .filter(c -> dayOf(c) == i)
                .filter(c ->
                        person == null ? c.assignees().isEmpty() : c.assignees().contains(person))
                .toList();
    }

    /** Hours booked for a person on day {@code i}: the sum of their cards' hours. */
    public BigDecimal booked(UUID person, int i) {
        return cards(person, i).stream().map(PlanCard::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Hours over capacity on day {@code i} (zero when within it, or when no capacity is set). */
    public BigDecimal over(PlanTechnician t, int i) {
        BigDecimal cap = t.hoursOn(i);
        if (cap == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal over = booked(t.personId(), i).subtract(cap);
        return over.signum() > 0 ? over : BigDecimal.ZERO;
    }

    public Optional<PlanCard> card(UUID id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether any card is unassigned this week (the calendar then shows the unassigned row). */
    public boolean hasUnassigned() {
        return cards.stream().anyMatch(c -> c.assignees().isEmpty() && dayOf(c) >= 0);
    }
}

package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Production gets a migration only after it succeeded, with the same checksum, on an environment
 * tagged staging. Staging is read through the access the service was given, which reaches each
 * environment with its own login: a production credential never goes to the staging host.
 */
final class PromotionGate {

    private PromotionGate() {}

    /** Refuses, naming each version that has not passed staging, before anything runs. */
    static void check(
            ConnectionProfile production,
            List<Script> plan,
            List<ConnectionProfile> environments,
            Function<ConnectionProfile, EnvironmentHistory> history) {
        List<ConnectionProfile> staging = environments.stream()
                .filter(e -> e.environment() == Environment.STAGING)
                .toList();
        if (plan.isEmpty()) {
            return;
        }
        if (staging.isEmpty()) {
            throw new RefusedException(
                    ServiceText.of("gate.no.staging", production.name()), ServiceText.of("gate.no.staging.hint"));
        }
        List<Map<String, HistoryCell>> stagingCells = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (ConnectionProfile s : staging) {
            EnvironmentHistory h = history.apply(s);
            if (h.readable()) {
                stagingCells.add(h.cells());
            } else {
                unreadable.add(s.name() + " (" + h.problem().getMessage() + ")");
            }
        }
        List<String> notPromoted = plan.stream()
                .filter(script -> stagingCells.stream().noneMatch(cells -> {
                    HistoryCell c = cells.get(script.version());
                    return c != null
                            && c.ranSuccessfully()
                            && c.appliedChecksum() != null
                            && c.appliedChecksum() == script.checksum();
                }))
                .map(s -> "V" + s.version())
                .toList();
        if (!notPromoted.isEmpty()) {
            throw new RefusedException(
                    ServiceText.of(
                            "gate.not.promoted",
                            String.join(", ", notPromoted),
                            staging.stream().map(ConnectionProfile::name).collect(Collectors.joining(", "))),
                    unreadable.isEmpty()
                            ? ServiceText.of("gate.not.promoted.hint")
                            : ServiceText.of("gate.unreadable.hint", String.join("; ", unreadable)));
        }
    }
}

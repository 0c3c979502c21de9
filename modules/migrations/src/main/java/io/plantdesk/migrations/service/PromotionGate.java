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

    private PromotionGate() {
    }

    /** Refuses, naming each version that has not passed staging, before anything runs. */
    static void check(ConnectionProfile production, List<Script> plan, List<ConnectionProfile> environments,
                      Function<ConnectionProfile, EnvironmentHistory> history) {
        List<ConnectionProfile> staging = environments.stream().filter(e -> e.environment() == Environment.STAGING).toList();
        if (plan.isEmpty()) {
            return;
        }
        if (staging.isEmpty()) {
            throw new RefusedException(production.name() + " is production and no environment is tagged staging.",
                    "A migration reaches production only after it succeeded on staging: tag a profile STAGING and migrate it first.");
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
                    return c != null && c.ranSuccessfully() && c.appliedChecksum() != null && c.appliedChecksum() == script.checksum();
                }))
                .map(s -> "V" + s.version())
                .toList();
        if (!notPromoted.isEmpty()) {
            throw new RefusedException("Promotion gate: " + String.join(", ", notPromoted) + " has not succeeded on staging ("
                    + staging.stream().map(ConnectionProfile::name).collect(Collectors.joining(", ")) + ") with this script.",
                    unreadable.isEmpty() ? "Migrate staging to that version first, or choose a lower target for production."
                            : "Staging could not be read: " + String.join("; ", unreadable) + ". Connect to it with its own login "
                            + "(on the command line: --staging-user and PLANTDESK_STAGING_PASSWORD) so its history can be checked.");
        }
    }
}

package io.plantdesk.ui.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells views that their data changed: the shell polls core.data_version and calls {@link #fire}
 * with the domains that moved; each subscriber runs at most once per poll, however many of its
 * domains changed. Lives on the FX thread.
 */
public final class LiveRefresh {

    /** Subscribes to every domain. */
    public static final String ANY = "*";

    private final Map<Runnable, Set<String>> subscribers = new LinkedHashMap<>();

    public void subscribe(Set<String> domains, Runnable refresh) {
        subscribers.put(refresh, Set.copyOf(domains));
    }

    public void unsubscribe(Runnable refresh) {
        subscribers.remove(refresh);
    }

    /** Every subscriber once: the user pressed F5, or the server is back after an outage. */
    public void fireAll() {
        List.copyOf(subscribers.keySet()).forEach(Runnable::run);
    }

    public void fire(Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<Runnable> due = new ArrayList<>();
        subscribers.forEach((r, domains) -> {
            if (domains.contains(ANY) || domains.stream().anyMatch(changed::contains)) {
                due.add(r);
            }
        });
        due.forEach(Runnable::run);
    }
}

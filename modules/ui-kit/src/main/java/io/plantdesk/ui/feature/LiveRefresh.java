package io.plantdesk.ui.feature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells views that their data changed: the shell polls core.data_version and calls {@link #fire}
 * with the domains that moved; each subscriber runs at most once per poll, however many of its
 * domains changed. A hidden view pauses its subscription and, when shown again, refreshes once if
 * anything it follows changed meanwhile. Lives on the FX thread.
 */
public final class LiveRefresh {

    /** Subscribes to every domain. */
    public static final String ANY = "*";

    /** One view's subscription. */
    public final class Subscription {
        private final Set<String> domains;
        private final Runnable refresh;
        private boolean paused;
        private boolean missed;

        private Subscription(Set<String> domains, Runnable refresh) {
            this.domains = Set.copyOf(domains);
            this.refresh = refresh;
        }

        /** Stops refreshing (the view is hidden); changes meanwhile are remembered, not run. */
        public void pause() {
            paused = true;
        }

        /** Refreshing again; once at once if anything followed changed while paused. */
        public void resume() {
            paused = false;
            if (missed) {
                missed = false;
                refresh.run();
            }
        }

        /** For good (the view is disposed). */
        public void cancel() {
            subscribers.remove(this);
        }

        private boolean follows(Set<String> changed) {
            return domains.contains(ANY) || domains.stream().anyMatch(changed::contains);
        }
    }

    private final Set<Subscription> subscribers = new LinkedHashSet<>();

    public Subscription subscribe(Set<String> domains, Runnable refresh) {
        Subscription s = new Subscription(domains, refresh);
        subscribers.add(s);
        return s;
    }

    /** How many subscriptions are live (paused ones included); for tests and the log. */
    public int size() {
        return subscribers.size();
    }

    /**
     * Every subscriber once: the user pressed F5, or the server is back after an outage. A paused
     * (hidden) view refreshes when it is shown again.
     */
    public void fireAll() {
        List<Runnable> due = new ArrayList<>();
        for (Subscription s : subscribers) {
            if (s.paused) {
                s.missed = true;
            } else {
                due.add(s.refresh);
            }
        }
        due.forEach(Runnable::run);
    }

    public void fire(Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<Runnable> due = new ArrayList<>();
        for (Subscription s : subscribers) {
            if (s.follows(changed)) {
                if (s.paused) {
                    s.missed = true;
                } else {
                    due.add(s.refresh);
                }
            }
        }
        due.forEach(Runnable::run);
    }
}

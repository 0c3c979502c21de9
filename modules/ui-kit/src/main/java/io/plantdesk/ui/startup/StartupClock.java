package io.plantdesk.ui.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long a start takes from the user's point of view: to the first painted login window,
 * and to the first dashboard that shows real data. Both are logged once per process with the wall
 * clock instant ({@code at=} epoch milliseconds), so that a harness that launched the process can
 * measure from its own launch time (modules/bench does); the "after" figure counts from the JVM's
 * start, which leaves out the native launcher. Not from the OS's process start time: Linux derives
 * it from a boot time in whole seconds, which skews it by up to a second. Process-wide by nature,
 * hence static.
 */
public final class StartupClock {

    /** The two moments a user notices. */
    public enum Mark {
        LOGIN_WINDOW,
        FIRST_DASHBOARD
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final Instant JVM_START =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    private static final boolean[] DONE = new boolean[Mark.values().length];
    private static final List<Consumer<Mark>> LISTENERS = new ArrayList<>();

    private StartupClock() {}

    /**
     * Records the mark once the scene has laid out its next frame, so that the figure includes
     * building and showing what the user sees, not only the code that asked for it. FX thread only.
     */
    public static void markAfterNextPulse(Scene scene, Mark mark) {
        if (DONE[mark.ordinal()] || scene == null) {
            return;
        }
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            record(mark);
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    /** Called with each mark as it is recorded (FX thread). */
    public static void onMark(Consumer<Mark> listener) {
        LISTENERS.add(listener);
    }

    private static void record(Mark mark) {
        if (DONE[mark.ordinal()]) {
            return;
        }
        DONE[mark.ordinal()] = true;
        Instant now = Instant.now();
        LOG.info(
                "Startup: {} after {} ms at={}",
                mark == Mark.LOGIN_WINDOW ? "login window" : "first dashboard",
                Duration.between(JVM_START, now).toMillis(),
                now.toEpochMilli());
        List.copyOf(LISTENERS).forEach(l -> l.accept(mark));
    }
}

package io.plantdesk.app;

import io.plantdesk.ui.startup.StartupClock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start without a person at the keyboard, for the installer: its AOT training run, its start-up
 * measurements and its smoke test. {@code PLANTDESK_STARTUP_PROBE=login} closes the window as soon
 * as the login window is painted; {@code =dashboard} then opens the demo plant and closes once the
 * first dashboard shows its data. Either way the app leaves as a user would, by closing the window.
 */
final class StartupProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    static final String VARIABLE = "PLANTDESK_STARTUP_PROBE";
    private static final long TIMEOUT_MS = 180_000;

    private final boolean toDashboard;

    private StartupProbe(boolean toDashboard) {
        this.toDashboard = toDashboard;
    }

    static Optional<StartupProbe> fromEnvironment() {
        String v = System.getenv(VARIABLE);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "login" -> Optional.of(new StartupProbe(false));
            case "dashboard" -> Optional.of(new StartupProbe(true));
            default -> throw new IllegalArgumentException(VARIABLE + " must be login or dashboard, not " + v);
        };
    }

    /** Follows the start-up marks; a failed demo login exits with code 2, a start that hangs with 3. */
    void attach(AppWindow window) {
        LOG.info(
                "Start-up probe: {}", toDashboard ? "to the first dashboard of the demo plant" : "to the login window");
        Thread watchdog = Thread.ofPlatform().daemon().name("startup-probe").unstarted(() -> {
            try {
                Thread.sleep(TIMEOUT_MS);
            } catch (InterruptedException e) {
                return;
            }
            LOG.error("Start-up probe: not done after {} ms, giving up", TIMEOUT_MS);
            System.exit(3);
        });
        watchdog.start();
        StartupClock.onMark(mark -> {
            if (mark == StartupClock.Mark.LOGIN_WINDOW && toDashboard) {
                window.tryDemoPlant(message -> {
                    LOG.error("Start-up probe: the demo plant did not open: {}", message);
                    System.exit(2);
                });
            } else {
                watchdog.interrupt();
                window.close();
            }
        });
    }
}

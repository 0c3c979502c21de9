package io.plantdesk.testkit.fx;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in TestFX tests for what the FX thread shows. */
public final class FxWait {

    private FxWait() {}

    /**
     * Waits (up to 90 s: a first demo start unpacks and initialises PostgreSQL) for a condition on
     * the FX scene. The condition is evaluated on the FX thread: reading the scene graph from the
     * test thread while a pulse lays it out can corrupt JavaFX's cached bounds.
     */
    public static void until(BooleanSupplier condition) throws Exception {
        until(90, condition);
    }

    /** As {@link #until(BooleanSupplier)}, for up to {@code seconds}. */
    public static void until(long seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }
}

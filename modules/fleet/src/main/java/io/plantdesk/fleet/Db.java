package io.plantdesk.fleet;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Runs fleet work on the person's login and turns database failures into sentences. */
final class Db {

    private Db() {}

    static <T> T call(Jdbi jdbi, Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw FleetText.translate(e);
        }
    }

    static <T> T inTransaction(Jdbi jdbi, Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw FleetText.translate(e);
        }
    }
}

package io.plantdesk.sewing;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The services' shared way to the database: one transaction, its failure as a sentence. */
final class Services {

    private Services() {}

    static <T> T inTransaction(Jdbi jdbi, Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw SewingText.translate(e);
        }
    }

    static <T> T read(Jdbi jdbi, Function<SewingDao, T> work) {
        try {
            return jdbi.withExtension(SewingDao.class, work::apply);
        } catch (JdbiException e) {
            throw SewingText.translate(e);
        }
    }
}

package io.plantdesk.platform.rollup;

import io.plantdesk.platform.db.DbErrors;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The Operations view's reads: every job's schedule, lag, last run and last error for the plant. */
public final class RollupService {

    private final Jdbi jdbi;

    public RollupService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<RollupJobStatus> overview() {
        try {
            return jdbi.withExtension(RollupDao.class, RollupDao::overview);
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}

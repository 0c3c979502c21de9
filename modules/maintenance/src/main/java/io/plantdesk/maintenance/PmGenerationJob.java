package io.plantdesk.maintenance;

import io.plantdesk.platform.rollup.ClientJob;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * PM generation on every client's timer, beside the rollups (the CLI's {@code generate-pm} does the
 * same for plants that prefer a server): maint.generate_pm locks the plant's generator state row
 * NOWAIT, so while one client generates the others find it busy and skip the round, and each due
 * work order is created once however many clients run. Batches of {@link #BATCH} keep each
 * transaction short; a backlog of dues (after a long weekend with every PC off) is worked through
 * batch after batch within one run, up to {@link #MAX_BATCHES}.
 */
public final class PmGenerationJob implements ClientJob {

    static final int BATCH = 50;
    static final int MAX_BATCHES = 40;
    private static final Duration EVERY = Duration.ofMinutes(10);
    private final int batch;

    /** ServiceLoader's: batches of {@link #BATCH}. */
    public PmGenerationJob() {
        this(BATCH);
    }

    PmGenerationJob(int batch) {
        this.batch = batch;
    }

    @Override
    public String name() {
        return "maintenance.pm-generation";
    }

    @Override
    public Duration interval() {
        return EVERY;
    }

    @Override
    public int run(Jdbi jdbi) {
        PmService pm = new PmService(jdbi, Clock.systemUTC());
        int made = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            PmRun r = pm.generate(batch);
            made += r.created();
            if (r.busy() || r.created() < batch) {
                break; // another client is at it, or nothing more is due
            }
        }
        return made;
    }
}

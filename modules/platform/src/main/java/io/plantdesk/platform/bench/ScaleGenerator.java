package io.plantdesk.platform.bench;

import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a feature's data at scale for one plant, with a realistic shape (bulk COPY on the
 * installer's admin connection, so a run of millions of rows takes minutes, not hours).
 * Registered in {@code META-INF/services/io.plantdesk.platform.bench.ScaleGenerator};
 * {@code modules/bench/run --scenario generate} runs every one (or those named by
 * {@code --generators}) on a fresh database that a later {@code --reuse} run measures.
 */
public interface ScaleGenerator {

    /** What {@code --generators} names, e.g. "audit_log". */
    String name();

    /**
     * Writes about {@code rows} rows spread over the {@code days} days before today.
     *
     * @param seed the same seed gives the same data
     */
    void generate(DataSource admin, UUID plant, long rows, int days, long seed) throws Exception;
}

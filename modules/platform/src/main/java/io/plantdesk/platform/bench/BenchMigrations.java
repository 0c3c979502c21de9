package io.plantdesk.platform.bench;

import io.plantdesk.platform.db.Migrator;
import javax.sql.DataSource;

/**
 * Brings a bench's data folder up to date. A folder kept for {@code --reuse} outlives branches: a
 * script merged after it was made can carry a lower number than one it already has, which Flyway
 * refuses in order. Bench data only ever meets that, so here (never in the app) such a script is
 * applied out of order.
 */
public final class BenchMigrations {

    private BenchMigrations() {}

    public static void migrate(DataSource admin) {
        Migrator.configure(admin, Migrator.HISTORY_TABLE, Migrator.LOCATIONS)
                .outOfOrder(true)
                .load()
                .migrate();
    }
}

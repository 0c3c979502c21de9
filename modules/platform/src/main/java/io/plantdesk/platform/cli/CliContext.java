package io.plantdesk.platform.cli;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import javax.sql.DataSource;

/** What the CLI hands a feature's commands: ids, the clock, and the server they work on as its administrator. */
public interface CliContext {

    Ids ids();

    Clock clock();

    /**
     * The installer's admin connection: the embedded server when {@code profile} is null, else the
     * saved profile with {@code adminUser}, whose password comes from PLANTDESK_ADMIN_PASSWORD or
     * is asked for. Fails with a sentence saying what to do.
     */
    AdminDatabase admin(String profile, String adminUser);

    /** An admin connection source and where it points, for messages ("embedded server (localhost:15432/plantdesk)"). */
    record AdminDatabase(DataSource dataSource, String where) {}
}

package io.plantdesk.platform.session;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.Person;
import java.util.UUID;

/**
 * Who is logged in, to which plant, through which profile; owns the person's connection pool.
 *
 * @param schemaVersion the server's schema version at login
 */
public record Session(
        ConnectionProfile profile, Person person, String tenantName, Database database, String schemaVersion)
        implements AutoCloseable {

    public UUID tenantId() {
        return person.tenantId();
    }

    public AppRole role() {
        return person.appRole();
    }

    @Override
    public void close() {
        database.close();
    }
}

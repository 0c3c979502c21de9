package io.plantdesk.migrations.service;

import io.plantdesk.platform.db.ConnectionProfile;
import javax.sql.DataSource;

/**
 * How the tracker reaches an environment as the role that owns its schema (people's own roles
 * cannot run DDL nor read Flyway's history). Throws {@link CredentialsNeededException} when it
 * has no way in yet: the screen then asks for that login.
 */
@FunctionalInterface
public interface EnvironmentAccess {

    DataSource admin(ConnectionProfile environment);
}

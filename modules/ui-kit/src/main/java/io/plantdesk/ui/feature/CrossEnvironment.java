package io.plantdesk.ui.feature;

import io.plantdesk.platform.db.ConnectionProfile;

/**
 * For the admin screens that work beyond this session's database (the migration tracker): the
 * profile this session logged in through and the installation (profiles, embedded server,
 * settings). Given only to features that ask for it.
 */
public record CrossEnvironment(ConnectionProfile current, Installation installation) {}

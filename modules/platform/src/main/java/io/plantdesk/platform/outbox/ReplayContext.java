package io.plantdesk.platform.outbox;

import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * What an action's delivery runs with: the person's own session (their login, under RLS, never
 * the installer's), the clock, and who the person is.
 */
public record ReplayContext(Jdbi jdbi, Clock clock, UUID personId) {}

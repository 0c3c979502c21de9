package io.plantdesk.migrations.service;

/**
 * Hears each migration (or rollback) step as it runs, on the thread that runs it. Steps are
 * numbered from 1 of {@code total}.
 */
public interface MigrationProgress {

    MigrationProgress NONE = new MigrationProgress() {};

    default void started(int step, int total, String version, String description) {}

    default void finished(int step, int total, String version, long millis) {}

    default void failed(int step, int total, String version, String message) {}

    /** Every version ran; a repeatable script did not fit the target version yet and runs at a later migrate. */
    default void repeatableSkipped(String reason) {}

    /** A migration gave up waiting for a lock (nothing of it kept) and runs again after {@code waitMillis}. */
    default void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {}
}

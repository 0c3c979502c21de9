package io.plantdesk.maintenance;

/**
 * What one generation run did.
 *
 * @param busy    another client was generating for the plant at that moment; nothing was done
 * @param created work orders created
 */
public record PmRun(boolean busy, int created) {}

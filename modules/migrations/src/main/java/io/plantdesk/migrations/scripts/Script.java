package io.plantdesk.migrations.scripts;

/**
 * One versioned migration of a script set: its V script, the checksum Flyway records for it, and
 * its U twin (null when the set has none, which makes it impossible to roll back).
 *
 * @param version  normalised ("5", not "005")
 * @param checksum Flyway's checksum of the V script, as its history table stores it
 */
public record Script(
        String version,
        String description,
        String fileName,
        String sql,
        int checksum,
        ScriptHeader header,
        String rollbackFileName,
        String rollbackSql) {

    public boolean hasRollback() {
        return rollbackSql != null;
    }
}

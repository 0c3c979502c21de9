package io.plantdesk.migrations.scripts;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Flyway's checksum of a SQL script: a CRC32 over its lines without their line breaks, a BOM
 * dropped. Computed here so the grid can show and compare checksums without a database; the
 * tracker test checks it against what Flyway writes into its history table.
 */
final class FlywayChecksum {

    private FlywayChecksum() {}

    static int of(String text) {
        CRC32 crc = new CRC32();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        body.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }
}

package io.plantdesk.platform.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUIDv7 ids made by the client (RFC 9562): time-ordered, so they index well, and known before the
 * insert, so a retried or offline write carries the same id and stays idempotent.
 */
public final class Ids {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public UUID next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The creation time encoded in a UUIDv7, in epoch milliseconds. */
    public static long millisOf(UUID v7) {
        return v7.getMostSignificantBits() >>> 16;
    }
}

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
    private long lastMsb;
    private long lastLsb;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public synchronized UUID next() {
        long millis = clock.millis();
        // rand_a starts in its lower half and counts up within a millisecond (RFC 9562, 6.2 method 1):
        // ids from one instance sort in the order they were made (an outbox's keys, a batch's rows).
        // Once rand_a is spent in one millisecond, rand_b counts on; the time stays the clock's.
        long msb = (millis << 16) | (0x7L << 12) | random.nextInt(1 << 11);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        if (msb <= lastMsb) {
            long counter = (lastMsb & 0xFFF) + 1;
            if (counter <= 0xFFF) {
                msb = (lastMsb & ~0xFFFL) | counter;
            } else {
                msb = lastMsb;
                lsb = ((lastLsb + 1) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            }
        }
        lastMsb = msb;
        lastLsb = lsb;
        return new UUID(msb, lsb);
    }

    /** The creation time encoded in a UUIDv7, in epoch milliseconds. */
    public static long millisOf(UUID v7) {
        return v7.getMostSignificantBits() >>> 16;
    }
}

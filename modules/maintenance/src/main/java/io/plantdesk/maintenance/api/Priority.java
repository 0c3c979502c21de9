package io.plantdesk.maintenance.api;

/** A work order's urgency; stored as its code (1 urgent .. 4 low) so that it sorts by urgency. */
public enum Priority {
    URGENT(1),
    HIGH(2),
    NORMAL(3),
    LOW(4);

    private final int code;

    Priority(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Priority fromCode(int code) {
        for (Priority p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("no priority " + code);
    }
}

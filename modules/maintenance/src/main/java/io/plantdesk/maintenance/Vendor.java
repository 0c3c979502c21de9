package io.plantdesk.maintenance;

import java.util.UUID;

/** A supplier of spare parts, with whom to call; {@code version} for stale-edit checks. */
public record Vendor(UUID id, String name, String contact, String phone, String email, int version) {

    /** The editable fields, as typed. */
    public VendorDraft draft() {
        return new VendorDraft(name, contact, phone, email);
    }
}

package io.plantdesk.maintenance;

/** A new vendor, or a vendor's editable fields (contact, phone and e-mail may be null). */
public record VendorDraft(String name, String contact, String phone, String email) {}

package io.plantdesk.sewing;

import java.util.UUID;

/** A garment style; its operations form the bulletin. */
public record Style(UUID id, String code, String name) {}

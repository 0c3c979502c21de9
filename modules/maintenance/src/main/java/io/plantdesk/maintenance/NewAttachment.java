package io.plantdesk.maintenance;

/** A file to attach: its name, media type, bytes and (for an image) a PNG thumbnail or null. */
public record NewAttachment(String fileName, String mediaType, byte[] content, byte[] thumbnail) {}

package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A photo of an event without its full picture (fetched on opening): the thumbnail, its size, and
 * when and where it was taken according to the picture itself (null where it does not say).
 */
public record EventPhoto(
        UUID id,
        UUID eventId,
        String fileName,
        String contentType,
        int width,
        int height,
        OffsetDateTime takenAt,
        BigDecimal latitude,
        BigDecimal longitude,
        byte[] thumbnail,
        int version) {}

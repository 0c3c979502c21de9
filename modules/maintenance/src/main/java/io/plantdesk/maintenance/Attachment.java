package io.plantdesk.maintenance;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A file attached to a work order, without its bytes (lists never read them; {@link
 * WorkOrderNotes#content} does, on demand). {@code thumbnail} is a small PNG for images, or null.
 */
public record Attachment(
        UUID id,
        UUID workOrderId,
        String fileName,
        String mediaType,
        int sizeBytes,
        byte[] thumbnail,
        String byLogin,
        OffsetDateTime at) {

    /** The largest file the database accepts (constraint attachment_size): 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The largest thumbnail it accepts (constraint attachment_thumbnail_size). */
    public static final int MAX_THUMBNAIL_BYTES = 256 * 1024;

    public boolean hasThumbnail() {
        return thumbnail != null && thumbnail.length > 0;
    }

    /** Under a megabyte a size reads in kilobytes (rounded up, so a small file is never "0"). */
    public static boolean underAMegabyte(long bytes) {
        return bytes < 1024 * 1024;
    }

    public static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** A size in megabytes with one decimal, as people read it ("14.2"). */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

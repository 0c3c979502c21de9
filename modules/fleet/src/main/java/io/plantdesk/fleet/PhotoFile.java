package io.plantdesk.fleet;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import javax.imageio.ImageIO;

/**
 * A picture file made ready for the database: checked (JPEG or PNG, within the size limit, before
 * anything is sent), its thumbnail made, and when and where it was taken read from its EXIF. Runs
 * off the FX thread (the TaskRunner), as it reads the file and scales the picture.
 */
public record PhotoFile(
        String fileName,
        String contentType,
        byte[] content,
        byte[] thumbnail,
        int width,
        int height,
        OffsetDateTime takenAt,
        BigDecimal latitude,
        BigDecimal longitude) {

    /** As fleet.event_photo's photo_size constraint. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The thumbnail's longest side, in pixels: two rows of the timeline. */
    static final int THUMBNAIL = 96;

    /**
     * Reads {@code file}. EXIF times carry no zone; a camera keeps local time, so it is read in the
     * plant's zone. Refuses, with a sentence, a file that is too big, not a picture, or unreadable.
     */
    public static PhotoFile read(Path file, ZoneId zone) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw FleetText.error(
                        "photo.too.big",
                        file.getFileName().toString(),
                        (size + 1023) / 1024 / 1024.0,
                        MAX_BYTES / 1024 / 1024);
            }
            return of(file.getFileName().toString(), Files.readAllBytes(file), zone);
        } catch (IOException e) {
            throw FleetText.error("photo.unreadable", file.getFileName().toString());
        }
    }

    static PhotoFile of(String name, byte[] content, ZoneId zone) {
        if (content.length > MAX_BYTES) {
            throw FleetText.error("photo.too.big", name, content.length / 1024 / 1024.0, MAX_BYTES / 1024 / 1024);
        }
        String type = type(content);
        if (type == null) {
            throw FleetText.error("photo.not.picture", name);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw FleetText.error("photo.not.picture", name);
        }
        OffsetDateTime taken = null;
        BigDecimal lat = null;
        BigDecimal lon = null;
        try {
            Metadata meta = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
            ExifSubIFDDirectory exif = meta.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date original = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone(zone));
            if (original != null) {
                taken = original.toInstant().atZone(zone).toOffsetDateTime();
            }
            GpsDirectory gps = meta.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation where = gps == null ? null : gps.getGeoLocation();
            if (where != null && !where.isZero()) {
                lat = BigDecimal.valueOf(where.getLatitude()).setScale(6, RoundingMode.HALF_UP);
                lon = BigDecimal.valueOf(where.getLongitude()).setScale(6, RoundingMode.HALF_UP);
            }
        } catch (ImageProcessingException | IOException e) {
            // No readable metadata: the photo is kept without a time and place of its own.
        }
        return new PhotoFile(
                name.length() > 200 ? name.substring(0, 200) : name,
                type,
                content,
                thumbnail(image),
                image.getWidth(),
                image.getHeight(),
                taken,
                lat,
                lon);
    }

    private static String type(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** A JPEG of at most THUMBNAIL pixels a side, on white (a PNG's transparency has no meaning in a list). */
    static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

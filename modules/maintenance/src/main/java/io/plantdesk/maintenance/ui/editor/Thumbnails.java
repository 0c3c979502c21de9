package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Attachment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Small PNG previews of attached images, made in the client (on the TaskRunner, never the FX
 * thread) so the server never decodes a picture and lists never read the full file. Uses the
 * JDK's ImageIO: JPEG, PNG, GIF and BMP; any other file, or one it cannot read, has none.
 */
final class Thumbnails {

    /** The longest side of a thumbnail, in pixels. */
    static final int SIZE = 96;

    private Thumbnails() {}

    /** A PNG of at most {@link #SIZE} pixels a side, or null when the file is no image it reads. */
    static byte[] of(byte[] file, String mediaType) {
        if (mediaType == null || !mediaType.startsWith("image/")) {
            return null;
        }
        try {
            BufferedImage in = ImageIO.read(new ByteArrayInputStream(file));
            if (in == null || in.getWidth() <= 0 || in.getHeight() <= 0) {
                return null;
            }
            double scale = Math.min(1.0, (double) SIZE / Math.max(in.getWidth(), in.getHeight()));
            int w = Math.max(1, (int) Math.round(in.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(in.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(in, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(out, "png", png);
            return png.size() <= Attachment.MAX_THUMBNAIL_BYTES ? png.toByteArray() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null; // a damaged or unusual image is still attached, only without a preview
        }
    }

    /** The media type by the file's extension (what the server stores; never guessed from bytes). */
    static String mediaType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "bmp" -> "image/bmp";
            case "webp" -> "image/webp";
            case "pdf" -> "application/pdf";
            case "txt", "log" -> "text/plain";
            case "csv" -> "text/csv";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "mp4" -> "video/mp4";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }
}

package io.plantdesk.fleet;

import io.plantdesk.platform.demo.DemoSeed;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;

/**
 * The demo fleet's damage photos: a small picture drawn here for each damage (a door panel with a
 * dent and a scratch), stored like a driver's photo, with its thumbnail, so the timeline and the
 * editor show photos. Drawn, not shipped: nothing to license, a few kilobytes each.
 */
final class DemoPhotos {

    /** A damage event the seed wrote. */
    record Damage(UUID eventId, OffsetDateTime at) {}

    private DemoPhotos() {}

    static void add(Handle h, DemoSeed.Plant plant, ZoneId zone, List<Damage> damages) {
        Random random = new Random(4);
        for (Damage d : damages) {
            PhotoFile photo = PhotoFile.of("damage-" + d.at().toLocalDate() + ".jpg", picture(random), zone);
            h.createUpdate(
                            "insert into fleet.event_photo (tenant_id, id, event_id, event_at, file_name, content_type, "
                                    + "content, thumbnail, width, height) values (:t, :id, :e, :at, :name, :type, :content, :thumb, :w, :h)")
                    .bind("t", plant.tenant())
                    .bind("id", plant.ids().next())
                    .bind("e", d.eventId())
                    .bind("at", d.at())
                    .bind("name", photo.fileName())
                    .bind("type", photo.contentType())
                    .bind("content", photo.content())
                    .bind("thumb", photo.thumbnail())
                    .bind("w", photo.width())
                    .bind("h", photo.height())
                    .execute();
        }
    }

    private static byte[] picture(Random random) {
        int w = 480;
        int h = 360;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xdfe6ec), w, h, new Color(0x9aa8b4)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x5b6b78));
        g.setStroke(new BasicStroke(4));
        g.drawRoundRect(30, 30, w - 60, h - 60, 24, 24);
        g.fillRect(w - 110, h / 2 - 10, 50, 20); // the handle
        int x = 120 + random.nextInt(140);
        int y = 110 + random.nextInt(100);
        g.setPaint(new GradientPaint(x, y, new Color(0x6f7d88), x + 90, y + 60, new Color(0xc9d2da)));
        g.fillOval(x, y, 110, 70); // the dent
        g.setColor(new Color(0x3b3f42));
        g.setStroke(new BasicStroke(2));
        g.drawLine(x - 40, y + 90, x + 150, y + 60); // the scratch
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package io.plantdesk.fleet;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Pictures for the photo tests, made here: a JPEG with an EXIF block (DateTimeOriginal, GPS) as a
 * camera writes it, and plain PNGs. The EXIF is a big-endian TIFF structure in an APP1 segment.
 */
final class TestPictures {

    private TestPictures() {}

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image(w, h), "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image(w, h), "jpg", out);
        return out.toByteArray();
    }

    /** A JPEG taken at {@code when} ("2025:03:14 09:26:53") at 23°48'37.08" N, 90°24'45" E. */
    static byte[] jpegWithExif(int w, int h, String when) throws IOException {
        byte[] plain = jpeg(w, h);
        byte[] tiff = tiff(when);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(app1.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static byte[] tiff(String when) {
        ByteBuffer b = ByteBuffer.allocate(178); // big-endian by default, as "MM" says
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: pointers to the Exif IFD (38) and the GPS IFD (76).
        b.putShort((short) 2);
        entry(b, 0x8769, 4, 1, 38);
        entry(b, 0x8825, 4, 1, 76);
        b.putInt(0);
        // Exif IFD at 38: DateTimeOriginal, 20 ASCII bytes at 56.
        b.putShort((short) 1);
        entry(b, 0x9003, 2, 20, 56);
        b.putInt(0);
        b.put((when + "\0").getBytes(StandardCharsets.US_ASCII));
        // GPS IFD at 76: N, latitude (3 rationals at 130), E, longitude (at 154).
        b.putShort((short) 4);
        b.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        entry(b, 2, 5, 3, 130);
        b.putShort((short) 3)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'E')
                .put((byte) 0)
                .putShort((short) 0);
        entry(b, 4, 5, 3, 154);
        b.putInt(0);
        b.putInt(23).putInt(1).putInt(48).putInt(1).putInt(3708).putInt(100);
        b.putInt(90).putInt(1).putInt(24).putInt(1).putInt(4500).putInt(100);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static BufferedImage image(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x5b7083));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xe8a33d));
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return img;
    }
}

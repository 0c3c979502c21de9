import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Plantdesk icon and writes every file the installers need: PNGs from 16 to 1024 px,
 * a Windows .ico and a macOS .icns (both holding PNG images, which every supported OS reads).
 * The motif: three rising bars (the console's dashboards) crossed by a sewing needle whose amber
 * thread loops through its eye (the garment plant), on the login screen's navy-to-blue gradient.
 * Drawn as vectors at each size, so small sizes stay crisp. Run: java PlantdeskIcon.java OUT_DIR
 */
public final class PlantdeskIcon {

    private static final Color NAVY = new Color(0x16324f);
    private static final Color BLUE = new Color(0x0b6e99);
    private static final Color AMBER = new Color(0xE69F00);
    private static final Color WHITE = new Color(0xF4F9FC);
    private static final Color BAR_SHADE = new Color(0x9fd3f0);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
            Files.write(out.resolve("plantdesk-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("plantdesk.png"), png.get(512));
        Files.write(out.resolve("plantdesk.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(out.resolve("plantdesk.icns"), icns(png));
        System.out.println("Icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 1024.0, size / 1024.0);
        boolean small = size <= 32;

        // Tile: small sizes use the whole square, large ones the macOS grid's margin.
        double inset = small ? 24 : 92;
        double side = 1024 - 2 * inset;
        g.setPaint(new GradientPaint(0, (float) inset, BLUE, 0, (float) (inset + side), NAVY));
        g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.36, side * 0.36));

        // Three rising bars.
        double base = 800;
        double[][] bars = {{250, 560}, {410, 440}, {570, 320}};
        double barWidth = small ? 150 : 125;
        for (int i = 0; i < bars.length; i++) {
            g.setColor(i == 2 ? WHITE : BAR_SHADE);
            g.fill(new RoundRectangle2D.Double(bars[i][0] - (small ? 12 : 0), bars[i][1], barWidth, base - bars[i][1], 36, 36));
        }

        // The thread: from behind the bars, up through the needle's eye, out to the right.
        float threadWidth = small ? 64 : 38;
        g.setColor(AMBER);
        g.setStroke(new BasicStroke(threadWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(180, 860, 420, 980, 900, 700, 763, 311));

        // The needle, diagonal from top right to bottom left, with its eye cut out.
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(38), 600, 520);
        Path2D needle = new Path2D.Double();
        double w = small ? 70 : 46;
        needle.moveTo(600 - w / 2, 170);
        needle.quadTo(600, 120, 600 + w / 2, 170);
        needle.lineTo(600 + w / 2, 760);
        needle.lineTo(600, 930);
        needle.lineTo(600 - w / 2, 760);
        needle.closePath();
        Area shape = new Area(needle);
        if (!small) {
            shape.subtract(new Area(new Ellipse2D.Double(600 - 11, 200, 22, 110)));
        }
        shape.transform(turn);
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(shape.createTransformedArea(AffineTransform.getTranslateInstance(10, 14)));
        g.setColor(WHITE);
        g.fill(shape);

        // The thread's tail, in front of the needle: it comes out of the eye.
        if (!small) {
            g.setColor(AMBER);
            g.setStroke(new BasicStroke(threadWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new CubicCurve2D.Double(763, 311, 720, 200, 590, 200, 600, 320));
        }
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a directory of PNG images (supported since Windows Vista), little-endian. */
    private static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** ICNS: typed PNG chunks, big-endian; the types macOS reads for 16 to 1024 px and Retina. */
    private static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream f = new DataOutputStream(file);
        f.writeBytes("icns");
        f.writeInt(8 + body.size());
        f.write(body.toByteArray());
        return file.toByteArray();
    }
}

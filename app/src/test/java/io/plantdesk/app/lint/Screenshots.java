package io.plantdesk.app.lint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** PNGs of what the design lint saw: always in target/design-lint, also in a chosen folder. */
public final class Screenshots {

    private final Path target = Path.of("target", "design-lint");
    private final Path extra;

    private Screenshots(Path extra) {
        this.extra = extra;
    }

    /** {@code -Dplantdesk.screenshots=../docs/screenshots} also writes them there. */
    public static Screenshots fromSystemProperty() {
        String dir = System.getProperty("plantdesk.screenshots", "");
        return new Screenshots(dir.isBlank() ? null : Path.of(dir));
    }

    public void save(Scene scene, String name, boolean floor, boolean dark) throws Exception {
        WritableImage img = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                .get();
        String file = name + "-" + (floor ? "floor" : "desk") + "-" + (dark ? "dark" : "light") + ".png";
        write(img, target.resolve(file));
        if (extra != null) {
            write(img, extra.resolve(file));
        }
    }

    private static void write(WritableImage img, Path file) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

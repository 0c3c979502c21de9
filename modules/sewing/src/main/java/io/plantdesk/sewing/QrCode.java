package io.plantdesk.sewing;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A bundle ticket's QR code as a square of modules (no quiet zone: whoever draws it leaves four
 * modules of white around it). Error correction M: a ticket carried through the floor gets
 * creased and stained, and M still reads with about 15 % of it lost.
 */
public final class QrCode {

    /** The white border, in modules, that scanners need around the code. */
    public static final int QUIET_ZONE = 4;

    private final int size;
    private final boolean[] dark;

    private QrCode(int size, boolean[] dark) {
        this.size = size;
        this.dark = dark;
    }

    public static QrCode of(String text) {
        try {
            ByteMatrix m = Encoder.encode(
                            text,
                            ErrorCorrectionLevel.M,
                            Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
            boolean[] dark = new boolean[m.getWidth() * m.getHeight()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y * m.getWidth() + x] = m.get(x, y) == 1;
                }
            }
            return new QrCode(m.getWidth(), dark);
        } catch (WriterException e) {
            // Bundle codes are at most 64 characters (a CHECK in the schema): far inside a QR code's capacity.
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Modules per side. */
    public int size() {
        return size;
    }

    public boolean dark(int x, int y) {
        return dark[y * size + x];
    }
}

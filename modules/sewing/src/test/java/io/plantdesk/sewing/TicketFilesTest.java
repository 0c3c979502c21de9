package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The ticket's QR code reads back, its PDF is well formed (every xref offset lands on its object) and its PNG decodes. */
class TicketFilesTest {

    static final Bundle BUNDLE = new Bundle(
            UUID.randomUUID(),
            UUID.randomUUID(),
            12,
            "XL",
            20,
            "B-PO-77-0012",
            UUID.randomUUID(),
            "TS-100",
            "PO-77 (spring)");

    @Test
    void theQrCodeReadsBackAsTheBundlesCode() throws Exception {
        QrCode qr = QrCode.of(BUNDLE.qrCode());
        int scale = 4;
        int side = (qr.size() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrCode.QUIET_ZONE;
                int my = y / scale - QrCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.dark(mx, my);
                argb[y * side + x] = dark ? 0xff000000 : 0xffffffff;
            }
        }
        assertThat(decode(argb, side, side)).isEqualTo(BUNDLE.qrCode());
    }

    @Test
    void thePngWriterWritesWhatAnImageReaderReadsBack() throws Exception {
        int[] argb = {0xffff0000, 0xff00ff00, 0x800000ff, 0xffffffff, 0xff000000, 0x00000000};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(argb, 3, 2, out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(3);
        assertThat(img.getHeight()).isEqualTo(2);
        for (int i = 0; i < argb.length; i++) {
            assertThat(img.getRGB(i % 3, i / 3)).as("pixel " + i).isEqualTo(argb[i]);
        }
        assertThatThrownBy(() -> PngWriter.write(argb, 4, 2, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePdfHasAPagePerTicketAndEveryCrossReferenceLandsOnItsObject() throws Exception {
        Bundle second = new Bundle(
                UUID.randomUUID(),
                BUNDLE.runId(),
                13,
                "M",
                18,
                "B-PO-77-0013",
                BUNDLE.styleId(),
                "TS-100",
                "PO-77 (spring)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TicketPdf.write(
                List.of(BUNDLE, second), new TicketPdf.Labels("Ticket", "Style", "Order", "Size", "Pieces"), out);
        String pdf = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        assertThat(pdf)
                .contains(
                        "/Count 2",
                        "(Ticket 12) Tj",
                        "(Ticket 13) Tj",
                        "(Order: PO-77 \\(spring\\)) Tj",
                        "(Size: XL   Pieces: 20) Tj");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 8\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object).isEqualTo(8);
        Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
        while (length.find()) {
            assertThat(pdf.substring(length.end() + Integer.parseInt(length.group(1))))
                    .startsWith("\nendstream");
        }
        assertThat(TicketPdf.escape("Größe\u4e2d(1)\\")).isEqualTo("Größe?\\(1\\)\\\\");
        assertThatThrownBy(() -> TicketPdf.write(List.of(), null, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(int[] argb, int width, int height) throws Exception {
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb))))
                .getText();
    }
}

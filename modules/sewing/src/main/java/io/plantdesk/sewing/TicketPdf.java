package io.plantdesk.sewing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bundle tickets as a PDF, one ticket a page of 100 x 50 mm (the common bundle-label size):
 * the ticket number large, style, order, size and pieces, and the QR code drawn as vector
 * squares so it prints sharp at any resolution. Text uses the PDF's built-in Helvetica
 * (WinAnsi); a character outside it prints as "?" rather than breaking the file.
 */
public final class TicketPdf {

    /** The words printed beside the figures, in the person's language. */
    public record Labels(String ticket, String style, String order, String size, String pieces) {}

    static final double WIDTH = 100 / 25.4 * 72;
    static final double HEIGHT = 50 / 25.4 * 72;

    private TicketPdf() {}

    public static void write(List<Bundle> bundles, Labels labels, OutputStream out) throws IOException {
        if (bundles.isEmpty()) {
            throw new IllegalArgumentException("no bundle tickets to write");
        }
        List<String> objects = new ArrayList<>();
        // 1 catalog, 2 pages, 3 font, then a page and its content per ticket.
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < bundles.size(); i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + bundles.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < bundles.size(); i++) {
            String content = page(bundles.get(i), labels);
            objects.add(String.format(
                    Locale.ROOT,
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                            + "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>",
                    WIDTH,
                    HEIGHT,
                    5 + 2 * i));
            objects.add("<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content
                    + "\nendstream");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.write(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            tail.append(String.format(Locale.ROOT, "%010d 00000 n \n", o));
        }
        tail.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        pdf.write(tail.toString().getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeTo(out);
        out.flush();
    }

    private static String page(Bundle b, Labels l) {
        StringBuilder s = new StringBuilder();
        double margin = 8;
        // The QR code on the right, a full square of the page's height less the margins.
        QrCode qr = QrCode.of(b.qrCode());
        double side = HEIGHT - 2 * margin;
        double module = side / (qr.size() + 2 * QrCode.QUIET_ZONE);
        double left = WIDTH - margin - side + QrCode.QUIET_ZONE * module;
        double top = HEIGHT - margin - QrCode.QUIET_ZONE * module;
        s.append("0 g\n");
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    s.append(String.format(
                            Locale.ROOT,
                            "%.3f %.3f %.3f %.3f re\n",
                            left + x * module,
                            top - (y + 1) * module,
                            module,
                            module));
                }
            }
        }
        s.append("f\n");
        double textLeft = margin + 2;
        // A long order reference is cut at the QR code's edge, never drawn over it.
        s.append(String.format(Locale.ROOT, "q 0 0 %.3f %.3f re W n\n", WIDTH - margin - side, HEIGHT));
        text(s, 22, textLeft, HEIGHT - margin - 20, l.ticket() + " " + b.ticket());
        text(s, 10, textLeft, HEIGHT - margin - 40, l.style() + ": " + b.styleCode());
        text(s, 10, textLeft, HEIGHT - margin - 54, l.order() + ": " + b.orderRef());
        text(
                s,
                10,
                textLeft,
                HEIGHT - margin - 68,
                l.size() + ": " + b.size() + "   " + l.pieces() + ": " + b.quantity());
        text(s, 7, textLeft, margin + 2, b.qrCode());
        s.append("Q\n");
        return s.toString();
    }

    private static void text(StringBuilder s, int points, double x, double y, String text) {
        s.append(String.format(Locale.ROOT, "BT /F1 %d Tf %.2f %.2f Td (%s) Tj ET\n", points, x, y, escape(text)));
    }

    /** A PDF string literal's body in WinAnsi: backslash and parentheses escaped, anything else outside Latin-1 as '?'. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0xff || (c >= 0x7f && c < 0xa0)) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

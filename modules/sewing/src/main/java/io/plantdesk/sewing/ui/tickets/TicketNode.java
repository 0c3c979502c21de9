package io.plantdesk.sewing.ui.tickets;

import io.plantdesk.sewing.Bundle;
import io.plantdesk.sewing.QrCode;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * One bundle ticket as a node, 2:1 like the 100 x 50 mm label: the number large, style, order,
 * size and pieces, and the QR code the scan station reads. Always black on white whatever the
 * theme (it is paper), so the same node prints, saves as PNG and previews.
 */
final class TicketNode {

    /** The ticket's size on screen and in the PNG, in pixels (at 2x for a sharp print of the PNG). */
    static final double WIDTH = 400;

    static final double HEIGHT = 200;

    private TicketNode() {}

    static Region of(Bundle b, Messages m) {
        Label number = new Label(m.get("tickets.ticket.number", b.ticket()));
        number.getStyleClass().add("ticket-number");
        Label style = new Label(m.get("tickets.ticket.style", b.styleCode()));
        Label order = new Label(m.get("tickets.ticket.order", b.orderRef()));
        Label size = new Label(m.get("tickets.ticket.size", b.size(), b.quantity()));
        Label code = DataText.mark(new Label(b.qrCode())); // the ticket's code, data in every language
        code.getStyleClass().add("ticket-code");
        VBox text = new VBox(4, number, style, order, size, code);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        for (Label l : new Label[] {number, style, order, size, code}) {
            l.getStyleClass().add("ticket-text");
        }
        Canvas qr = qr(QrCode.of(b.qrCode()), HEIGHT - 16);
        HBox ticket = new HBox(8, text, qr);
        ticket.getStyleClass().add("bundle-ticket");
        ticket.setMinSize(WIDTH, HEIGHT);
        ticket.setPrefSize(WIDTH, HEIGHT);
        ticket.setMaxSize(WIDTH, HEIGHT);
        return ticket;
    }

    /** The code with its quiet zone, each module a whole number of pixels so scanners see crisp edges. */
    static Canvas qr(QrCode code, double side) {
        int modules = code.size() + 2 * QrCode.QUIET_ZONE;
        double module = Math.floor(side / modules);
        Canvas c = new Canvas(module * modules, module * modules);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.dark(x, y)) {
                    g.fillRect((x + QrCode.QUIET_ZONE) * module, (y + QrCode.QUIET_ZONE) * module, module, module);
                }
            }
        }
        return c;
    }
}

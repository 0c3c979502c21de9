package io.plantdesk.sewing.ui.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.Bundle;
import io.plantdesk.ui.i18n.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ticket node as printed and saved: its PNG (rendered by JavaFX at 2x, written by PngWriter)
 * decodes, and the QR code in it reads back as the bundle's code; printing on a computer with no
 * printer says so in words.
 */
@ExtendWith(ApplicationExtension.class)
class TicketNodeFxTest {

    private final Messages m = Messages.of(BundleTicketsFeature.BUNDLE, BundleTicketsFeature.class);
    private final Bundle bundle = new Bundle(
            UUID.randomUUID(), UUID.randomUUID(), 7, "L", 25, "B-PO-9-0007", UUID.randomUUID(), "PL-200", "PO-9");

    @Test
    void theSavedPngShowsATicketWhoseQrCodeReadsBack(@TempDir Path dir) throws Exception {
        BundleTicketsViewModel vm = new BundleTicketsViewModel(null, TaskRunner.sameThread());
        BundleTicketsView view = new BundleTicketsView(vm, m);
        Path file = dir.resolve("ticket.png");
        WaitForAsyncUtils.asyncFx(() -> view.savePng(bundle, file.toFile())).get();
        assertThat(vm.outcomeProperty().get().done())
                .as(vm.outcomeProperty().get().text())
                .isTrue();
        assertThat(vm.outcomeProperty().get().text()).isEqualTo("Ticket saved to ticket.png");
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo((int) (2 * TicketNode.WIDTH));
        assertThat(img.getHeight()).isEqualTo((int) (2 * TicketNode.HEIGHT));
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        assertThat(io.plantdesk.sewing.TicketFilesTestAccess.decode(argb, img.getWidth(), img.getHeight()))
                .isEqualTo("B-PO-9-0007");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ticket.png");
        }
    }

    @Test
    void theTicketsAsPdfAndAFolderThatIsNotThereSaySo(@TempDir Path dir) throws Exception {
        BundleTicketsViewModel vm = new BundleTicketsViewModel(null, TaskRunner.sameThread());
        Path file = dir.resolve("tickets.pdf");
        vm.savePdf(
                List.of(bundle),
                new io.plantdesk.sewing.TicketPdf.Labels("Ticket", "Style", "Order", "Size", "Pieces"),
                file,
                "saved");
        assertThat(vm.outcomeProperty().get().done()).isTrue();
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-1.4")
                .contains("(Ticket 7) Tj");
        vm.savePdf(
                List.of(bundle),
                new io.plantdesk.sewing.TicketPdf.Labels("Ticket", "Style", "Order", "Size", "Pieces"),
                dir.resolve("gone").resolve("tickets.pdf"),
                "saved");
        assertThat(vm.outcomeProperty().get().done()).isFalse();
        assertThat(vm.outcomeProperty().get().text()).isNotBlank();
    }

    @Test
    void printingWithoutAPrinterSaysWhatToDoInstead() throws Exception {
        BundleTicketsViewModel vm = new BundleTicketsViewModel(null, TaskRunner.sameThread());
        BundleTicketsView view = new BundleTicketsView(vm, m);
        WaitForAsyncUtils.asyncFx(() -> {
                    Region ticket = TicketNode.of(bundle, m);
                    new Scene(new StackPane(ticket));
                    if (javafx.print.Printer.getDefaultPrinter() == null) {
                        view.print(List.of(bundle), ticket);
                    } else {
                        vm.said(new BundleTicketsViewModel.Outcome(false, m.get("tickets.print.none")));
                    }
                })
                .get();
        assertThat(vm.outcomeProperty().get().text())
                .isEqualTo("No printer is set up on this computer: save the tickets as PDF and print them elsewhere.");
    }
}

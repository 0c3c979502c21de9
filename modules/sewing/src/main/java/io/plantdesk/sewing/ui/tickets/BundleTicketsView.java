package io.plantdesk.sewing.ui.tickets;

import io.plantdesk.sewing.Bundle;
import io.plantdesk.sewing.TicketPdf;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.StateView;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * A run, its bundle tickets (choose one or more), a preview of the first chosen, and Print (the
 * JavaFX print API: the system's dialog, a page per ticket scaled to the printable area), Save PDF
 * (all chosen, vector QR codes) and Save PNG (the chosen ticket at 2x).
 */
public final class BundleTicketsView {

    static final String DONE = "tickets-done";
    static final String FAILED = "tickets-failed";

    private final BundleTicketsViewModel vm;
    private final Messages m;

    public BundleTicketsView(BundleTicketsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("tickets.title"));
        title.getStyleClass().add("page-title");

        ComboBox<BundleTicketsViewModel.RunChoice> run = new ComboBox<>(vm.runs());
        run.setId("ticketsRun");
        run.setConverter(new StringConverter<>() {
            @Override
            public String toString(BundleTicketsViewModel.RunChoice c) {
                return c == null
                        ? ""
                        : m.get(
                                "tickets.run.item",
                                c.lineCode(),
                                c.run().orderRef(),
                                c.run().orderQty());
            }

            @Override
            public BundleTicketsViewModel.RunChoice fromString(String s) {
                return null; // picked from the list
            }
        });
        run.valueProperty().bindBidirectional(vm.runProperty());

        TableView<Bundle> table = new TableView<>(vm.bundles());
        table.setId("ticketsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("tickets.col.ticket"), (Bundle b) -> Integer.toString(b.ticket())));
        table.getColumns().add(Columns.text(m.get("tickets.col.size"), Bundle::size));
        table.getColumns().add(Columns.text(m.get("tickets.col.pieces"), (Bundle b) -> Integer.toString(b.quantity())));
        table.getColumns().add(Columns.text(m.get("tickets.col.code"), Bundle::qrCode));
        table.setPlaceholder(new Label(m.get("tickets.none")));
        HBox.setHgrow(table, Priority.ALWAYS);
        vm.bundles().addListener((ListChangeListener<Bundle>) c -> {
            if (!vm.bundles().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });

        StackPane preview = new StackPane();
        preview.setId("ticketsPreview");
        preview.getStyleClass().add("ticket-preview");
        preview.setMinSize(TicketNode.WIDTH + 16, TicketNode.HEIGHT + 16);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Bundle>) c -> {
            List<Bundle> chosen = table.getSelectionModel().getSelectedItems();
            preview.getChildren().setAll(chosen.isEmpty() ? List.of() : List.of(TicketNode.of(chosen.getFirst(), m)));
        });

        Button print = new Button(m.get("tickets.print"));
        print.setId("ticketsPrint");
        Button pdf = new Button(m.get("tickets.pdf"));
        pdf.setId("ticketsPdf");
        Button png = new Button(m.get("tickets.png"));
        png.setId("ticketsPng");
        for (Button b : List.of(print, pdf, png)) {
            b.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        }
        print.setOnAction(e -> print(List.copyOf(table.getSelectionModel().getSelectedItems()), print));
        pdf.setOnAction(e -> {
            List<Bundle> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            File file = chooser(
                            m.get("tickets.pdf.title"),
                            m.get(
                                    "tickets.pdf.file",
                                    chosen.getFirst().orderRef(),
                                    chosen.getFirst().ticket()),
                            m.get("tickets.pdf.filter"),
                            "*.pdf")
                    .showSaveDialog(pdf.getScene().getWindow());
            if (file != null) {
                vm.savePdf(
                        chosen,
                        new TicketPdf.Labels(
                                m.get("tickets.pdf.ticket"),
                                m.get("tickets.pdf.style"),
                                m.get("tickets.pdf.order"),
                                m.get("tickets.pdf.size"),
                                m.get("tickets.pdf.pieces")),
                        file.toPath(),
                        m.get("tickets.saved", chosen.size(), file.getName()));
            }
        });
        png.setOnAction(e -> {
            Bundle first = table.getSelectionModel().getSelectedItem();
            File file = chooser(
                            m.get("tickets.png.title"),
                            m.get("tickets.png.file", first.orderRef(), first.ticket()),
                            m.get("tickets.png.filter"),
                            "*.png")
                    .showSaveDialog(png.getScene().getWindow());
            if (file != null) {
                savePng(first, file);
            }
        });
        Label outcome = new Label();
        outcome.setId("ticketsOutcome");
        outcome.setWrapText(true);
        vm.outcomeProperty().addListener((o, was, now) -> {
            outcome.getStyleClass().removeAll(DONE, FAILED);
            outcome.setText(now == null ? "" : now.text());
            if (now != null) {
                outcome.getStyleClass().add(now.done() ? DONE : FAILED);
            }
        });

        FlowPane tools = new FlowPane(12, 8, label(m.get("tickets.run")), run, print, pdf, png);
        VBox side = new VBox(12, preview, outcome);
        side.setMinWidth(Region.USE_PREF_SIZE);
        HBox main = new HBox(16, table, side);
        VBox.setVgrow(main, Priority.ALWAYS);
        VBox content = new VBox(12, tools, main);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("tickets.loading"),
                        m.get("tickets.empty"),
                        m.get("tickets.empty.hint"),
                        null,
                        null,
                        m.get("tickets.error"),
                        m.get("tickets.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("bundleTickets");
        return root;
    }

    /** Renders the ticket off-screen at 2x and hands its pixels to the view model to write. */
    void savePng(Bundle b, File file) {
        Region ticket = TicketNode.of(b, m);
        new Scene(new StackPane(ticket));
        ticket.applyCss();
        ticket.layout();
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(2, 2));
        // Exactly the ticket: the border's half pixel would otherwise add a column of nothing.
        p.setViewport(new Rectangle2D(0, 0, 2 * TicketNode.WIDTH, 2 * TicketNode.HEIGHT));
        WritableImage img = ticket.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        vm.savePng(argb, w, h, file.toPath(), m.get("tickets.saved.png", file.getName()));
    }

    /**
     * Prints through the system's print dialog, a page per ticket scaled into the printable area.
     * JavaFX prints from the FX thread; a computer with no printer set up is told so in words.
     */
    void print(List<Bundle> tickets, Node owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.said(new BundleTicketsViewModel.Outcome(false, m.get("tickets.print.none")));
            return;
        }
        if (!job.showPrintDialog(owner.getScene().getWindow())) {
            job.cancelJob();
            vm.said(new BundleTicketsViewModel.Outcome(false, m.get("tickets.print.cancelled")));
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        for (Bundle b : tickets) {
            Region ticket = TicketNode.of(b, m);
            new Scene(new StackPane(ticket));
            ticket.applyCss();
            ticket.layout();
            double scale = Math.min(
                    page.getPrintableWidth() / TicketNode.WIDTH, page.getPrintableHeight() / TicketNode.HEIGHT);
            ticket.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(ticket)) {
                job.cancelJob();
                vm.said(new BundleTicketsViewModel.Outcome(false, m.get("tickets.print.failed", job.getJobStatus())));
                return;
            }
        }
        job.endJob();
        vm.said(new BundleTicketsViewModel.Outcome(true, m.get("tickets.printed", tickets.size())));
    }

    private static FileChooser chooser(String title, String name, String filter, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        return chooser;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}

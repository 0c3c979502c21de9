package io.plantdesk.app.shell;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The Sync panel: the person's floor actions still waiting, the refused ones first with the
 * server's reason. A refused action's editable values can be fixed and sent again; discarding
 * one asks first, since it is then gone for good.
 */
public final class SyncPanel {

    private SyncPanel() {}

    public static void show(Window owner, Messages m, SyncPanelModel model) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("sync.panel.title"));
        d.setHeaderText(m.get("sync.panel.header"));
        d.getDialogPane().getButtonTypes().add(DialogButtons.close());
        d.getDialogPane().setContent(build(m, model));
        d.getDialogPane().setPrefSize(760, 520);
        model.load();
        // While open it follows the outbox: waiting actions leave as the server takes them.
        Timeline follow = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.load()));
        follow.setCycleCount(Animation.INDEFINITE);
        follow.play();
        d.showAndWait();
        follow.stop();
    }

    static VBox build(Messages m, SyncPanelModel model) {
        ListView<SyncPanelModel.Row> list = new ListView<>(model.rows());
        list.setId("syncList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SyncPanelModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    getStyleClass().remove("sync-refused");
                    return;
                }
                String state = r.refused()
                        ? m.get("sync.panel.refused", r.when(), r.why())
                        : m.get("sync.panel.waiting", r.when());
                setText(r.what() + "\n" + state);
                setWrapText(true);
                getStyleClass().remove("sync-refused");
                if (r.refused()) {
                    getStyleClass().add("sync-refused");
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setId("syncFix");
        form.setHgap(12);
        form.setVgap(8);
        Map<String, TextField> edits = new LinkedHashMap<>();
        Button resend = new Button(m.get("sync.panel.resend"));
        resend.setId("syncResend");
        resend.setDefaultButton(true);
        Button discard = new Button(m.get("sync.panel.discard"));
        discard.setId("syncDiscard");
        discard.getStyleClass().add("danger");
        HBox buttons = new HBox(12, resend, discard);
        Label message = new Label();
        message.setId("syncMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        UUID[] shown = {null};
        Runnable clear = () -> {
            shown[0] = null;
            form.getChildren().clear();
            edits.clear();
            buttons.setVisible(false);
            buttons.setManaged(false);
        };
        Runnable showSelected = () -> {
            SyncPanelModel.Row r = list.getSelectionModel().getSelectedItem();
            if (r == null) {
                return; // a reload cleared the selection for a moment: the rows listener picks it again
            }
            if (r.action().id().equals(shown[0])
                    && r.refused()
                    && !form.getChildren().isEmpty()) {
                return; // the same refused action after a reload: keep what the person typed
            }
            clear.run();
            shown[0] = r.action().id();
            if (!r.refused()) {
                return;
            }
            buttons.setVisible(true);
            buttons.setManaged(true);
            int row = 0;
            for (SyncPanelModel.Field f : r.fields()) {
                Label label = new Label(f.label());
                if (f.editable()) {
                    TextField t = new TextField(f.value());
                    t.setId("syncField-" + f.key());
                    label.setLabelFor(t);
                    edits.put(f.key(), t);
                    form.addRow(row++, label, t);
                } else {
                    form.addRow(row++, label, new Label(f.value()));
                }
            }
        };
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected.run());
        model.rows().addListener((ListChangeListener<SyncPanelModel.Row>) c -> {
            // After a reload, the action the person was looking at stays selected (else the first).
            model.rows().stream()
                    .filter(r -> r.action().id().equals(shown[0]))
                    .findFirst()
                    .ifPresentOrElse(list.getSelectionModel()::select, () -> {
                        clear.run();
                        if (!model.rows().isEmpty()) {
                            list.getSelectionModel().selectFirst();
                        }
                    });
        });
        clear.run();

        resend.setOnAction(e -> {
            SyncPanelModel.Row r = list.getSelectionModel().getSelectedItem();
            Map<String, String> changes = new LinkedHashMap<>();
            edits.forEach((k, t) -> changes.put(k, t.getText()));
            model.resend(r, changes);
        });
        discard.setOnAction(e -> {
            SyncPanelModel.Row r = list.getSelectionModel().getSelectedItem();
            ButtonType yes = new ButtonType(m.get("sync.panel.discard.yes"), ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(
                    Alert.AlertType.CONFIRMATION,
                    m.get("sync.panel.discard.confirm", r.what()),
                    yes,
                    DialogButtons.cancel());
            confirm.initOwner(discard.getScene().getWindow());
            confirm.setTitle(m.get("sync.panel.title"));
            confirm.setHeaderText(null);
            if (confirm.showAndWait().filter(b -> b == yes).isPresent()) {
                model.discard(r);
            }
        });
        VBox box = new VBox(12, list, form, buttons, message);
        box.getStyleClass().add("sync-panel");
        return box;
    }
}

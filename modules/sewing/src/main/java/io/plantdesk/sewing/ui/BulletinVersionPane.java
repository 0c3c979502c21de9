package io.plantdesk.sewing.ui;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "New version" button and its question, asked in the page rather than in a dialog: the
 * sentence says why (past output keeps the old version), the code and name of the copy can be
 * changed, and a refusal stays beside them with what was typed.
 */
final class BulletinVersionPane {

    private final BulletinVersion version;
    private final Messages m;

    BulletinVersionPane(BulletinVersion version, Messages m) {
        this.version = version;
        this.m = m;
    }

    /** The header's button; hidden for people who may not make versions. */
    Button button(BulletinViewModel editor) {
        Button b = new Button(m.get("bulletin.version.new"));
        b.setId("bulletinNewVersion");
        b.setVisible(version.allowed());
        b.setManaged(version.allowed());
        b.disableProperty()
                .bind(editor.styleProperty()
                        .isNull()
                        .or(version.askingProperty())
                        .or(version.makingProperty()));
        b.setOnAction(e -> version.ask());
        return b;
    }

    /** The question (shown while asking) and the outcome line. */
    Node pane() {
        Label why = wrapped("bulletinVersionWhy");
        why.textProperty().bind(version.questionProperty());
        TextField code = new TextField();
        code.setId("bulletinVersionCode");
        code.textProperty().bindBidirectional(version.codeProperty());
        TextField name = new TextField();
        name.setId("bulletinVersionName");
        name.textProperty().bindBidirectional(version.nameProperty());
        GridPane g = Forms.grid();
        g.addRow(0, label("bulletin.version.code", code), code);
        g.addRow(1, label("bulletin.version.name", name), name);
        Button make = new Button(m.get("bulletin.version.make"));
        make.setId("bulletinVersionMake");
        make.setDefaultButton(true);
        make.disableProperty().bind(version.makingProperty());
        make.setOnAction(e -> version.make());
        Button cancel = new Button(m.get("bulletin.version.cancel"));
        cancel.setId("bulletinVersionCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> version.cancel());
        Label problem = wrapped("bulletinVersionProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(version.problemProperty());
        problem.visibleProperty().bind(version.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox ask = new VBox(8, why, g, new FlowPane(12, 8, make, cancel), problem);
        ask.setId("bulletinVersionAsk");
        ask.getStyleClass().add("version-ask");
        ask.visibleProperty().bind(version.askingProperty());
        ask.managedProperty().bind(ask.visibleProperty());

        Label done = wrapped("bulletinVersionDone");
        done.getStyleClass().add("field-info");
        done.textProperty().bind(version.doneProperty());
        done.visibleProperty()
                .bind(version.doneProperty()
                        .isNotEmpty()
                        .and(version.askingProperty().not()));
        done.managedProperty().bind(done.visibleProperty());
        return new VBox(8, ask, done);
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label label(String key, Node field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}

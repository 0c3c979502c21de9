package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventPhoto;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;

/** Photo thumbnails as buttons (keyboard and touch reach them) and the full picture in a dialog. */
final class PhotoViews {

    private final Messages m;
    private final EventPhotos photos;

    PhotoViews(Messages m, EventPhotos photos) {
        this.m = m;
        this.photos = photos;
    }

    /** The thumbnails, each {@code size} px high at most; a click opens the picture. */
    HBox strip(List<EventPhotos.Thumb> thumbs, double size) {
        HBox strip = new HBox(4);
        strip.getStyleClass().add("fleet-photos");
        for (EventPhotos.Thumb t : thumbs) {
            ImageView view = new ImageView(t.image());
            view.setFitHeight(size);
            view.setFitWidth(size);
            view.setPreserveRatio(true);
            Button b = new Button(null, view);
            b.getStyleClass().add("fleet-photo");
            String name = t.photo().fileName() == null
                    ? m.get("photo.unnamed")
                    : t.photo().fileName();
            b.setAccessibleText(m.get("photo.open", name));
            b.setTooltip(new Tooltip(m.get("photo.open", name)));
            b.setOnAction(e -> open(t.photo()));
            strip.getChildren().add(b);
        }
        return strip;
    }

    void open(EventPhoto photo) {
        photos.open(
                photo,
                image -> {
                    Dialog<Void> d = new Dialog<>();
                    d.setTitle(photo.fileName() == null ? m.get("photo.title") : photo.fileName());
                    d.getDialogPane().setId("fleetPhoto");
                    d.getDialogPane().getButtonTypes().setAll(DialogButtons.close());
                    if (image.isEmpty()) {
                        d.getDialogPane().setContent(new Label(m.get("photo.gone")));
                    } else {
                        // Full size, or as large as fits on the screen (the ratio kept).
                        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                        ImageView view = new ImageView(image.get());
                        view.setId("fleetPhotoImage");
                        view.setPreserveRatio(true);
                        view.setFitWidth(Math.min(image.get().getWidth(), screen.getWidth() * 0.85));
                        view.setFitHeight(Math.min(image.get().getHeight(), screen.getHeight() * 0.75));
                        d.getDialogPane().setContent(new StackPane(view));
                    }
                    d.show();
                },
                e -> {
                    Dialog<Void> d = new Dialog<>();
                    d.setTitle(m.get("photo.title"));
                    d.getDialogPane().setContent(new Label(ErrorText.of(e)));
                    d.getDialogPane().getButtonTypes().setAll(DialogButtons.close());
                    d.show();
                });
    }
}

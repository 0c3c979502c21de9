package io.plantdesk.ui.widgets;

import io.plantdesk.ui.startup.StartupClock;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Wraps a list or dashboard and shows one of its four states: content, loading, empty (with what
 * to do next) or error (with retry). Every list in Plantdesk has all four.
 */
public final class StateView extends StackPane {

    public enum State {
        CONTENT,
        LOADING,
        EMPTY,
        ERROR
    }

    private final Node content;
    private final VBox overlay = new VBox(12);
    private State state = State.CONTENT;

    public StateView(Node content) {
        this.content = content;
        getStyleClass().add("state-view");
        overlay.getStyleClass().add("state-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setFillWidth(false);
        getChildren().addAll(content, overlay);
        showContent();
    }

    public State state() {
        return state;
    }

    /**
     * What a list shows in each state, in the person's language.
     *
     * @param emptyAction the button of the empty state (e.g. "Add the first person"), or null for none
     */
    public record Texts(
            String loading,
            String emptyTitle,
            String emptyHint,
            String emptyActionText,
            Runnable emptyAction,
            String errorTitle,
            String retryText,
            Runnable retry) {}

    /** Shows a view model's {@link LoadState} from now on, whatever state it is in. */
    public void follow(LoadState load, Texts texts) {
        Runnable show = () -> {
            switch (load.get()) {
                case LOADING -> showLoading(texts.loading());
                case EMPTY ->
                    showEmpty(texts.emptyTitle(), texts.emptyHint(), texts.emptyActionText(), texts.emptyAction());
                case ERROR ->
                    showError(texts.errorTitle(), load.errorProperty().get(), texts.retryText(), texts.retry());
                case CONTENT -> showContent();
            }
        };
        load.stateProperty().addListener((o, a, b) -> show.run());
        load.errorProperty().addListener((o, a, b) -> {
            if (load.get() == State.ERROR) {
                show.run();
            }
        });
        show.run();
    }

    public void showContent() {
        if (state == State.LOADING) {
            StartupClock.markAfterNextPulse(getScene(), StartupClock.Mark.FIRST_DASHBOARD);
        }
        state = State.CONTENT;
        content.setVisible(true);
        overlay.setVisible(false);
        overlay.getChildren().clear();
    }

    public void showLoading(String text) {
        state = State.LOADING;
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(48, 48);
        show(p, text, null, null, null);
        content.setVisible(false);
    }

    public void showEmpty(String title, String hint, String actionText, Runnable action) {
        state = State.EMPTY;
        show(icon(Material2OutlinedAL.INBOX), title, hint, actionText, action);
        content.setVisible(false);
    }

    public void showError(String message, String hint, String retryText, Runnable retry) {
        state = State.ERROR;
        FontIcon i = icon(Material2OutlinedAL.ERROR_OUTLINE);
        i.getStyleClass().add("state-error-icon");
        show(i, message, hint, retryText, retry);
        overlay.getStyleClass().add("state-error");
        content.setVisible(false);
    }

    private void show(Node graphic, String title, String hint, String actionText, Runnable action) {
        overlay.getStyleClass().remove("state-error");
        overlay.getChildren().clear();
        overlay.getChildren().add(graphic);
        Label t = new Label(title);
        t.getStyleClass().add("state-title");
        t.setWrapText(true);
        overlay.getChildren().add(t);
        if (hint != null && !hint.isBlank()) {
            Label h = new Label(hint);
            h.getStyleClass().add("state-hint");
            h.setWrapText(true);
            overlay.getChildren().add(h);
        }
        if (action != null) {
            Button b = new Button(actionText);
            b.setOnAction(e -> action.run());
            overlay.getChildren().add(b);
        }
        overlay.setVisible(true);
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("state-icon");
        return i;
    }
}

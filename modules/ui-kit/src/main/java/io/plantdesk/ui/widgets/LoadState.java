package io.plantdesk.ui.widgets;

import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.StateView.State;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A view model's "where is my list": loading, content, empty or failed (with the sentence to
 * show). A view shows it with {@link StateView#follow}. FX-thread confined, toolkit not needed.
 */
public final class LoadState {

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public void loading() {
        state.set(State.LOADING);
    }

    /** Content, or empty when there is nothing to show. */
    public void loaded(boolean empty) {
        error.set("");
        state.set(empty ? State.EMPTY : State.CONTENT);
    }

    public void failed(Throwable e) {
        error.set(ErrorText.of(e));
        state.set(State.ERROR);
    }

    public State get() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

package io.plantdesk.platform.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The action types the modules on the class path contribute, by name. */
public final class ActionTypes {

    private final Map<String, ActionType> byName;

    public ActionTypes(List<ActionType> types) {
        Map<String, ActionType> m = new LinkedHashMap<>();
        for (ActionType t : types) {
            if (m.putIfAbsent(t.name(), t) != null) {
                throw new IllegalStateException("Two outbox action types are called \"" + t.name() + "\".");
            }
        }
        this.byName = Map.copyOf(m);
    }

    /** Every registered type (ServiceLoader). */
    public static ActionTypes discover() {
        List<ActionType> found = new ArrayList<>();
        ServiceLoader.load(ActionType.class, ActionTypes.class.getClassLoader()).forEach(found::add);
        return new ActionTypes(found);
    }

    public Optional<ActionType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ActionType require(String name) {
        return find(name).orElseThrow(() -> OutboxErrors.error("outbox.type.unknown", name));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}

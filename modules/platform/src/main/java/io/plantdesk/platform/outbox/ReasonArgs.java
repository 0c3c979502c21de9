package io.plantdesk.platform.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal's sentence arguments in the outbox file: kept as text (the sentence is rendered later, in the person's language). */
final class ReasonArgs {

    private ReasonArgs() {}

    static String toJson(Object[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            m.put(Integer.toString(i), args[i] == null ? null : String.valueOf(args[i]));
        }
        return new ActionPayload(m).toJson();
    }

    static Object[] fromJson(String json) {
        if (json == null) {
            return new Object[0];
        }
        return ActionPayload.fromJson(json).values().values().toArray();
    }
}

package io.plantdesk.platform.session;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.SchemaStatus;

/** Login refused because the server's schema and this build's disagree; the message says what to do. */
public final class SchemaMismatchException extends PlantdeskException {

    private final SchemaStatus status;

    public SchemaMismatchException(SchemaStatus status) {
        super(
                Text.platform(
                        status.kind() == SchemaStatus.Kind.SERVER_AHEAD && status.oldestClient() != null
                                ? "schema.too.old"
                                : "schema.mismatch"),
                status.adviceText());
        this.status = status;
    }

    public SchemaStatus status() {
        return status;
    }
}

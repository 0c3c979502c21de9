package io.plantdesk.sewing;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A style's operation bulletin and its precedence (which operations are done first). The database
 * refuses a precedence between two styles and one that would close a cycle (with the sentence that
 * names both operations), so any writer, not only this screen, keeps the graph sound.
 */
public final class BulletinService {

    private final Jdbi jdbi;
    private final Ids ids;

    public BulletinService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public List<Style> styles() {
        return Services.read(jdbi, SewingDao::styles);
    }

    public List<Operation> bulletin(UUID styleId) {
        return Services.read(jdbi, d -> d.operations(styleId));
    }

    /** Every precedence among the style's operations. */
    public List<Precedence> precedence(UUID styleId) {
        return Services.read(jdbi, d -> d.precedence(styleId));
    }

    /** Operation {@code operationId} waits for {@code requiresId}; refused when that closes a cycle. */
    public Precedence require(UUID operationId, UUID requiresId) {
        UUID id = ids.next();
        Services.inTransaction(jdbi, h -> {
            h.attach(SewingDao.class).insertPrecedence(id, operationId, requiresId);
            return null;
        });
        return new Precedence(id, operationId, requiresId);
    }

    /** Removes a precedence; one already removed is no error. */
    public void release(UUID precedenceId) {
        Services.inTransaction(jdbi, h -> h.attach(SewingDao.class).deletePrecedence(precedenceId));
    }
}

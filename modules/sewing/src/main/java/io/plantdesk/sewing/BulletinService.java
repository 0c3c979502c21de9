package io.plantdesk.sewing;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Adds a step to a style's bulletin. Refused by the database once the style has scans (the
     * last operation decides past output): {@link #newVersion} is the way to change such a style.
     */
    public Operation addOperation(UUID styleId, OperationDraft draft) {
        UUID id = ids.next();
        Services.inTransaction(jdbi, h -> {
            h.attach(SewingDao.class).insertOperation(id, styleId, draft);
            return null;
        });
        return new Operation(
                id,
                styleId,
                draft.seq(),
                draft.name(),
                draft.smv(),
                draft.pieceRate(),
                draft.machineType(),
                draft.skillLevel(),
                draft.qcCheck());
    }

    /**
     * A new version of a style's bulletin: a new style (the code and name given) with a copy of
     * every operation and precedence, which new runs use and which may be edited freely, while
     * the runs already sewn keep the bulletin they were sewn to.
     */
    public Style newVersion(UUID styleId, String code, String name) {
        UUID id = ids.next();
        Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            dao.insertStyle(id, code.strip(), name.strip());
            Map<UUID, UUID> copies = new HashMap<>();
            for (Operation op : dao.operations(styleId)) {
                UUID copy = ids.next();
                copies.put(op.id(), copy);
                dao.insertOperation(
                        copy,
                        id,
                        new OperationDraft(
                                op.seq(),
                                op.name(),
                                op.smv(),
                                op.pieceRate(),
                                op.machineType(),
                                op.skillLevel(),
                                op.qcCheck()));
            }
            for (Precedence p : dao.precedence(styleId)) {
                dao.insertPrecedence(ids.next(), copies.get(p.operationId()), copies.get(p.requiresId()));
            }
            return null;
        });
        return new Style(id, code.strip(), name.strip());
    }

    /** Removes a precedence; one already removed is no error. */
    public void release(UUID precedenceId) {
        Services.inTransaction(jdbi, h -> h.attach(SewingDao.class).deletePrecedence(precedenceId));
    }
}

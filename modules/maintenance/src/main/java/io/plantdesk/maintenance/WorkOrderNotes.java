package io.plantdesk.maintenance;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * What people add to a work order beside its fields: comments (append-only, signed by the login
 * the database stamps), attachments (bytes in the database, at most {@link Attachment#MAX_BYTES},
 * read only when opened) and the history of its field changes from the audit log. Runs on the
 * person's own login under RLS; no JavaFX, every call is I/O.
 */
public final class WorkOrderNotes {

    private final Jdbi jdbi;
    private final Ids ids;

    public WorkOrderNotes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Adds a comment as the person logged in; returns the work order's comments, oldest first. */
    public List<Comment> comment(UUID workOrderId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw MaintText.error("comment.empty");
        }
        if (text.length() > Comment.MAX_LENGTH) {
            throw MaintText.error("comment.too.long", Comment.MAX_LENGTH, text.length());
        }
        return inTransaction(h -> {
            WorkOrderNotesDao dao = h.attach(WorkOrderNotesDao.class);
            dao.insertComment(ids.next(), workOrderId, text);
            return dao.comments(workOrderId);
        });
    }

    public List<Comment> comments(UUID workOrderId) {
        return call(dao -> dao.comments(workOrderId));
    }

    /**
     * Attaches a file. A file over the limit is refused here with its size in the sentence (the
     * database's constraint refuses it too, for any client).
     */
    public Attachment attach(UUID workOrderId, NewAttachment file) {
        Objects.requireNonNull(file.content(), "content");
        if (file.content().length > Attachment.MAX_BYTES) {
            throw tooBig(file.content().length);
        }
        if (file.content().length == 0) {
            throw MaintText.error("attachment.empty", file.fileName());
        }
        UUID id = ids.next();
        return inTransaction(h -> {
            WorkOrderNotesDao dao = h.attach(WorkOrderNotesDao.class);
            dao.insertAttachment(id, workOrderId, file);
            return dao.attachments(workOrderId).stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** The sentence for a file over the limit: "The file is 14.2 MB; attachments can be at most 10 MB." */
    public static PlantdeskException tooBig(long bytes) {
        return MaintText.error("attachment.too.big", Attachment.megabytes(bytes), Attachment.MAX_BYTES / (1024 * 1024));
    }

    /** The work order's attachments: names, sizes, thumbnails; never the bytes. */
    public List<Attachment> attachments(UUID workOrderId) {
        return call(dao -> dao.attachments(workOrderId));
    }

    /** One attachment's bytes (to open or save it). */
    public byte[] content(UUID attachmentId) {
        return call(dao -> dao.content(attachmentId)).orElseThrow(() -> MaintText.error("attachment.not.found"));
    }

    /** The work order's field changes, oldest first, one per changed field. */
    public List<FieldChange> changes(UUID workOrderId) {
        return call(dao -> dao.changes(workOrderId)).stream()
                .flatMap(c -> WorkOrderField.ofColumn(c.columnName())
                        .map(f -> new FieldChange(c.at(), c.actor(), f, c.before(), c.after()))
                        .stream())
                .toList();
    }

    private <T> T call(Function<WorkOrderNotesDao, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(h.attach(WorkOrderNotesDao.class)));
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}

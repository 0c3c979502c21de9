package io.plantdesk.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * A work order's comments, attachments and field changes, as the person's own login under RLS.
 * SQL in WorkOrderNotesDao/*.sql beside this class.
 */
@UseClasspathSqlLocator
public interface WorkOrderNotesDao {

    @SqlUpdate("insertComment")
    void insertComment(@Bind("id") UUID id, @Bind("workOrderId") UUID workOrderId, @Bind("body") String body);

    @SqlQuery("comments")
    @RegisterConstructorMapper(Comment.class)
    List<Comment> comments(@Bind("workOrderId") UUID workOrderId);

    @SqlUpdate("insertAttachment")
    void insertAttachment(
            @Bind("id") UUID id, @Bind("workOrderId") UUID workOrderId, @BindMethods("a") NewAttachment attachment);

    /** Metadata and thumbnails only: never the content. */
    @SqlQuery("attachments")
    @RegisterConstructorMapper(Attachment.class)
    List<Attachment> attachments(@Bind("workOrderId") UUID workOrderId);

    @SqlQuery("content")
    Optional<byte[]> content(@Bind("id") UUID attachmentId);

    @SqlQuery("changes")
    @RegisterConstructorMapper(Change.class)
    List<Change> changes(@Bind("workOrderId") UUID workOrderId);

    /** One changed column of one audited update, its values as text. */
    record Change(OffsetDateTime at, String actor, String columnName, String before, String after) {}
}

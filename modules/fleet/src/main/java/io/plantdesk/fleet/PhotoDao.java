package io.plantdesk.fleet;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Events' photos under RLS: thumbnails for lists, the full picture one at a time. */
@RegisterConstructorMapper(EventPhoto.class)
public interface PhotoDao {

    String COLUMNS =
            "id, event_id, file_name, content_type, width, height, taken_at, latitude, longitude, thumbnail, version";

    @SqlUpdate(
            "insert into fleet.event_photo (tenant_id, id, event_id, event_at, file_name, content_type, content, thumbnail, "
                    + "width, height, taken_at, latitude, longitude) values (core.current_tenant(), :id, :eventId, :eventAt, "
                    + ":p.fileName, :p.contentType, :p.content, :p.thumbnail, :p.width, :p.height, :p.takenAt, :p.latitude, :p.longitude)")
    void insert(
            @Bind("id") UUID id,
            @Bind("eventId") UUID eventId,
            @Bind("eventAt") OffsetDateTime eventAt,
            @BindMethods("p") PhotoFile photo);

    /** The live photos of these events, oldest first. */
    @SqlQuery("select " + COLUMNS + " from fleet.event_photo where event_id = any(:ids) and deleted_at is null "
            + "order by created_at, id")
    List<EventPhoto> ofEvents(@Bind("ids") UUID[] eventIds);

    @SqlQuery("select " + COLUMNS + " from fleet.event_photo where id = :id")
    Optional<EventPhoto> find(@Bind("id") UUID id);

    @SqlQuery("select content from fleet.event_photo where id = :id and deleted_at is null")
    Optional<byte[]> content(@Bind("id") UUID id);

    @SqlUpdate(
            "update fleet.event_photo set deleted_at = now() where id = :id and version = :version and deleted_at is null")
    int delete(@Bind("id") UUID id, @Bind("version") int version);
}

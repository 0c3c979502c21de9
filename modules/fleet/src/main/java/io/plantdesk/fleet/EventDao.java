package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Vehicle events, their revisions and location corrections under RLS; SQL in EventDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(Mappers.EventMapper.class)
@RegisterConstructorMapper(RevisionRow.class)
@RegisterConstructorMapper(LocationCorrection.class)
public interface EventDao {

    @SqlUpdate("insert")
    void insert(@Bind("id") UUID id, @BindMethods("d") EventDraft draft);

    @SqlQuery("find")
    Optional<VehicleEvent> find(@Bind("id") UUID id);

    /** Edits what a person may edit (not the location); 0 rows: someone else saved first, or it was deleted. */
    @SqlUpdate("update")
    int update(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") EventDraft draft);

    @SqlUpdate("setDeleted")
    int setDeleted(@Bind("id") UUID id, @Bind("version") int version, @Bind("delete") boolean delete);

    @SqlUpdate("confirmReading")
    int confirmReading(@Bind("id") UUID id, @Bind("version") int version, @Bind("note") String note);

    /** A flagged reading set right, with the reason; 0 rows: not flagged any more, or changed in between. */
    @SqlUpdate("correctReading")
    int correctReading(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @Bind("odometer") BigDecimal odometer,
            @Bind("reason") String reason);

    @SqlQuery("timeline")
    List<VehicleEvent> timeline(
            @Bind("vehicleId") UUID vehicleId,
            @Bind("beforeAt") OffsetDateTime beforeAt,
            @Bind("beforeId") UUID beforeId,
            @Bind("kinds") String[] kinds,
            @Bind("deleted") boolean deleted,
            @Bind("toCheck") boolean toCheck,
            @Bind("limit") int limit);

    @SqlQuery("fuelHistory")
    List<VehicleEvent> fuelHistory(@Bind("vehicleId") UUID vehicleId);

    @SqlQuery("ofKinds")
    List<VehicleEvent> ofKinds(@Bind("vehicleId") UUID vehicleId, @Bind("kinds") String[] kinds);

    @SqlQuery("revisions")
    List<RevisionRow> revisions(@Bind("eventId") UUID eventId);

    @SqlUpdate("insertCorrection")
    void insertCorrection(
            @Bind("id") UUID id,
            @Bind("eventId") UUID eventId,
            @Bind("eventAt") OffsetDateTime eventAt,
            @Bind("latitude") BigDecimal latitude,
            @Bind("longitude") BigDecimal longitude,
            @Bind("place") String place,
            @Bind("reason") String reason);

    @SqlQuery("corrections")
    List<LocationCorrection> corrections(@Bind("eventId") UUID eventId);

    @SqlQuery("requestEvent")
    Optional<UUID> requestEvent(@Bind("key") UUID key, @Bind("operation") String operation);

    @SqlQuery("requestOperation")
    Optional<String> requestOperation(@Bind("key") UUID key);

    @SqlUpdate("insertRequest")
    void insertRequest(
            @Bind("key") UUID key,
            @Bind("operation") String operation,
            @Bind("eventId") UUID eventId,
            @Bind("eventAt") OffsetDateTime eventAt);
}

package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** QC checks, defects, rework and bundle loading under RLS; SQL in QualityDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(DefectCode.class)
@RegisterConstructorMapper(LineQuality.class)
@RegisterConstructorMapper(QcStepRow.class)
public interface QualityDao {

    @SqlUpdate("insertDefectCode")
    void insertDefectCode(@Bind("id") UUID id, @Bind("code") String code, @Bind("name") String name);

    @SqlQuery("defectCodes")
    List<DefectCode> defectCodes();

    /** @return 0 when the key was used before */
    @SqlUpdate("insertIssue")
    int insertIssue(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("bundleId") UUID bundleId,
            @Bind("lineId") UUID lineId,
            @Bind("at") OffsetDateTime at);

    @SqlQuery("checkByKey")
    Optional<UUID> checkByKey(@Bind("key") UUID key);

    @SqlUpdate("insertCheck")
    void insertCheck(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("bundleId") UUID bundleId,
            @Bind("operationId") UUID operationId,
            @Bind("lineId") UUID lineId,
            @Bind("operatorId") UUID operatorId,
            @Bind("inspectorId") UUID inspectorId,
            @Bind("checked") int checked,
            @Bind("defective") int defective,
            @Bind("defects") int defects,
            @Bind("at") OffsetDateTime at);

    @SqlUpdate("insertDefect")
    void insertDefect(
            @Bind("id") UUID id,
            @Bind("checkId") UUID checkId,
            @Bind("codeId") UUID codeId,
            @Bind("defects") int defects);

    /** @return 0 when the key was used before */
    @SqlUpdate("insertRework")
    int insertRework(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("bundleId") UUID bundleId,
            @Bind("operationId") UUID operationId,
            @Bind("lineId") UUID lineId,
            @Bind("operatorId") UUID operatorId,
            @Bind("checkId") UUID checkId,
            @Bind("pieces") int pieces,
            @Bind("at") OffsetDateTime at);

    /** The line a bundle-operation was sewn on (its scan), for a check or rework of it. */
    @SqlQuery("scanLine")
    Optional<UUID> scanLine(@Bind("bundleId") UUID bundleId, @Bind("operationId") UUID operationId);

    /** Who scanned a bundle for an operation: the operator a check or rework names when the floor left it open. */
    @SqlQuery("scanOperator")
    Optional<UUID> scanOperator(@Bind("bundleId") UUID bundleId, @Bind("operationId") UUID operationId);

    @SqlQuery("bundleSteps")
    List<QcStepRow> bundleSteps(@Bind("bundleId") UUID bundleId, @Bind("styleId") UUID styleId);

    @SqlQuery("liveQuality")
    List<LineQuality> liveQuality(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("storedQuality")
    List<LineQuality> storedQuality(@Bind("shiftStart") OffsetDateTime shiftStart);
}

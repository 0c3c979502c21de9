package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** The sewing schema under RLS; SQL in SewingDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Line.class)
@RegisterConstructorMapper(LineMember.class)
@RegisterConstructorMapper(Style.class)
@RegisterConstructorMapper(Operation.class)
@RegisterConstructorMapper(Run.class)
@RegisterConstructorMapper(Bundle.class)
@RegisterConstructorMapper(ScanRecord.class)
@RegisterConstructorMapper(ShiftSpan.class)
@RegisterConstructorMapper(LineFigures.class)
@RegisterConstructorMapper(HourFigures.class)
@RegisterConstructorMapper(DowntimeRow.class)
@RegisterConstructorMapper(TeamDay.class)
@RegisterConstructorMapper(Precedence.class)
public interface SewingDao {

    @SqlUpdate("insertLine")
    void insertLine(
            @Bind("id") UUID id,
            @Bind("code") String code,
            @Bind("name") String name,
            @Bind("hourlyTarget") int hourlyTarget);

    @SqlQuery("lines")
    List<Line> lines();

    @SqlUpdate("putMember")
    void putMember(@Bind("id") UUID id, @Bind("lineId") UUID lineId, @Bind("personId") UUID personId);

    @SqlQuery("members")
    List<LineMember> members(@Bind("lineId") UUID lineId);

    @SqlQuery("lineOf")
    Optional<UUID> lineOf(@Bind("personId") UUID personId);

    @SqlUpdate("insertStyle")
    void insertStyle(@Bind("id") UUID id, @Bind("code") String code, @Bind("name") String name);

    @SqlQuery("styles")
    List<Style> styles();

    @SqlUpdate("insertOperation")
    void insertOperation(@Bind("id") UUID id, @Bind("styleId") UUID styleId, @BindMethods("d") OperationDraft draft);

    @SqlQuery("operations")
    List<Operation> operations(@Bind("styleId") UUID styleId);

    @SqlQuery("operation")
    Optional<Operation> operation(@Bind("id") UUID id);

    @SqlUpdate("insertRun")
    void insertRun(
            @Bind("id") UUID id,
            @Bind("lineId") UUID lineId,
            @Bind("styleId") UUID styleId,
            @Bind("orderRef") String orderRef,
            @Bind("orderQty") int orderQty,
            @Bind("targetEfficiency") BigDecimal targetEfficiency,
            @Bind("startsOn") LocalDate startsOn);

    @SqlQuery("runs")
    List<Run> runs(@Bind("lineId") UUID lineId);

    @SqlUpdate("insertCutting")
    void insertCutting(
            @Bind("id") UUID id,
            @Bind("runId") UUID runId,
            @Bind("layNo") int layNo,
            @Bind("plies") int plies,
            @Bind("piecesCut") int piecesCut,
            @Bind("fabricUsed") BigDecimal fabricUsed,
            @Bind("wastage") BigDecimal wastage,
            @Bind("cutterId") UUID cutterId,
            @Bind("cutAt") OffsetDateTime cutAt);

    @SqlQuery("lockRun")
    Optional<UUID> lockRun(@Bind("runId") UUID runId);

    @SqlQuery("nextTicket")
    int nextTicket(@Bind("runId") UUID runId);

    @SqlUpdate("insertBundle")
    void insertBundle(
            @Bind("id") UUID id,
            @Bind("runId") UUID runId,
            @Bind("cuttingId") UUID cuttingId,
            @Bind("ticket") int ticket,
            @Bind("size") String size,
            @Bind("quantity") int quantity,
            @Bind("qrCode") String qrCode);

    @SqlQuery("bundleByQr")
    Optional<Bundle> bundleByQr(@Bind("qr") String qr);

    @SqlQuery("bundles")
    List<Bundle> bundles(@Bind("runId") UUID runId);

    @SqlQuery("scanByKey")
    Optional<ScanRecord> scanByKey(@Bind("key") UUID key);

    @SqlQuery("scanOf")
    Optional<ScanRecord> scanOf(@Bind("bundleId") UUID bundleId, @Bind("operationId") UUID operationId);

    @SqlQuery("scansOf")
    List<ScanRecord> scansOf(@Bind("bundleId") UUID bundleId);

    @SqlUpdate("insertScan")
    void insertScan(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("bundleId") UUID bundleId,
            @Bind("operationId") UUID operationId,
            @Bind("lineId") UUID lineId,
            @Bind("operatorId") UUID operatorId,
            @Bind("machineId") UUID machineId,
            @Bind("device") String device,
            @Bind("pieces") int pieces,
            @Bind("at") OffsetDateTime at);

    @SqlUpdate("insertAttendance")
    int insertAttendance(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("lineId") UUID lineId,
            @Bind("personId") UUID personId,
            @Bind("shiftStart") OffsetDateTime shiftStart,
            @Bind("minutes") int minutes,
            @Bind("overtime") int overtime);

    @SqlQuery("downtimeByKey")
    Optional<DowntimeRow> downtimeByKey(@Bind("key") UUID key);

    @SqlQuery("downtime")
    Optional<DowntimeRow> downtime(@Bind("id") UUID id);

    @SqlQuery("runningDowntime")
    List<DowntimeRow> runningDowntime();

    @SqlQuery("runningOn")
    Optional<DowntimeRow> runningOn(
            @Bind("lineId") UUID lineId, @Bind("reason") String reason, @Bind("machineId") UUID machineId);

    @SqlUpdate("insertDowntime")
    void insertDowntime(
            @Bind("id") UUID id,
            @Bind("key") UUID key,
            @Bind("lineId") UUID lineId,
            @Bind("machineId") UUID machineId,
            @Bind("reason") String reason,
            @Bind("note") String note,
            @Bind("at") OffsetDateTime at,
            @Bind("workOrderId") UUID workOrderId);

    @SqlQuery("hasDemoRuns")
    boolean hasDemoRuns();

    @SqlQuery("precedence")
    List<Precedence> precedence(@Bind("styleId") UUID styleId);

    @SqlUpdate("insertPrecedence")
    void insertPrecedence(
            @Bind("id") UUID id, @Bind("operationId") UUID operationId, @Bind("requiresId") UUID requiresId);

    @SqlUpdate("deletePrecedence")
    int deletePrecedence(@Bind("id") UUID id);

    @SqlUpdate("linkWorkOrder")
    int linkWorkOrder(@Bind("id") UUID id, @Bind("workOrderId") UUID workOrderId);

    @SqlUpdate("stopDowntime")
    int stopDowntime(@Bind("id") UUID id, @Bind("key") UUID key, @Bind("at") OffsetDateTime at);

    @SqlQuery("shiftAt")
    Optional<ShiftSpan> shiftAt(@Bind("at") OffsetDateTime at);

    @SqlQuery("lineFigures")
    List<LineFigures> lineFigures(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("storedLineFigures")
    List<LineFigures> storedLineFigures(@Bind("shiftStart") OffsetDateTime shiftStart);

    @SqlQuery("hourFigures")
    List<HourFigures> hourFigures(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    /** The running shift's line figures: closed hours from the hourly rollup, the rest from raw rows. */
    @SqlQuery("shiftLineFigures")
    List<LineFigures> shiftLineFigures(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    /** {@link #shiftHourFigures} summed per line and hour (operator null). */
    @SqlQuery("shiftLineHours")
    List<HourFigures> shiftLineHours(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    /** The floor tiles of the running shift in one statement: figures, quality, WIP and hours per line. */
    @SqlQuery("floorLines")
    @UseRowMapper(FloorLine.Mapper.class)
    List<FloorLine> floorLines(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    /** The running shift's hours: closed hours from the hourly rollup, the rest from raw rows. */
    @SqlQuery("shiftHourFigures")
    List<HourFigures> shiftHourFigures(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("storedHourFigures")
    List<HourFigures> storedHourFigures(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("lineByCode")
    Optional<UUID> lineByCode(@Bind("code") String code);

    @SqlQuery("upsertTeamDay")
    boolean upsertTeamDay(@Bind("id") UUID id, @BindMethods("r") TeamDay row, @Bind("lineId") UUID lineId);

    @SqlQuery("teamDays")
    List<TeamDay> teamDays(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("allMembers")
    List<LineMember> allMembers();

    @SqlQuery("allOperations")
    List<Operation> allOperations();
}

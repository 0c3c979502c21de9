package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Shift close-out through the schema's functions; SQL in CloseoutDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(LateScan.class)
@RegisterConstructorMapper(ShiftClose.class)
public interface CloseoutDao {

    @SqlQuery("lateScans")
    List<LateScan> lateScans(@Bind("at") OffsetDateTime at);

    @SqlQuery("closeShift")
    UUID closeShift(@Bind("at") OffsetDateTime at, @Bind("lateSeen") int lateSeen);

    @SqlQuery("reopenShift")
    String reopenShift(@Bind("shiftStart") OffsetDateTime shiftStart, @Bind("reason") String reason);

    @SqlQuery("closeOf")
    Optional<ShiftClose> closeOf(@Bind("shiftStart") OffsetDateTime shiftStart);
}

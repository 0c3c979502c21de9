package io.plantdesk.sewing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The runs screen's reads and writes; SQL in RunDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(RunRow.class)
interface RunDao {

    /** A page of the plant's runs, newest first; {@code lineId} null for every line. */
    @SqlQuery("page")
    List<RunRow> page(@Bind("lineId") UUID lineId, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("one")
    Optional<RunRow> one(@Bind("id") UUID id);

    @SqlUpdate("insert")
    void insert(@Bind("id") UUID id, @BindMethods("d") RunDraft draft);

    /** Zero rows when the run is gone or another save came first (its version moved on). */
    @SqlUpdate("update")
    int update(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") RunDraft draft);
}

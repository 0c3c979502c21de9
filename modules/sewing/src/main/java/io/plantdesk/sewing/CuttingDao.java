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

/** A run's cutting (its lays); SQL in CuttingDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(CuttingRow.class)
@RegisterConstructorMapper(PlantPerson.class)
interface CuttingDao {

    @SqlQuery("ofRun")
    List<CuttingRow> ofRun(@Bind("runId") UUID runId);

    /** The plant's active people, by name: whoever may have cut a lay. */
    @SqlQuery("cutters")
    List<PlantPerson> cutters();

    @SqlQuery("one")
    Optional<CuttingRow> one(@Bind("id") UUID id);

    @SqlUpdate("insert")
    void insert(@Bind("id") UUID id, @BindMethods("d") CuttingDraft draft);

    /** Zero rows when the lay is gone or another save came first. */
    @SqlUpdate("update")
    int update(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") CuttingDraft draft);
}

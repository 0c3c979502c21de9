package io.plantdesk.platform.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The engine's SQL entry points; the plant is always the caller's own (core.current_tenant()). */
public interface RollupDao {

    @SqlQuery("select * from core.run_rollup(:job, :max)")
    @RegisterConstructorMapper(RollupRun.class)
    RollupRun run(@Bind("job") String job, @Bind("max") int maxBuckets);

    /** The error the server recorded for the caller's plant when a run failed (core.run_rollup). */
    @SqlQuery("select last_error from core.rollup_overview() where job = :job")
    Optional<String> lastError(@Bind("job") String job);

    @SqlQuery("select * from core.rollup_overview()")
    @RegisterConstructorMapper(RollupJobStatus.class)
    List<RollupJobStatus> overview();

    @SqlQuery("select domain, version from core.data_version")
    @KeyColumn("domain")
    @ValueColumn("version")
    Map<String, Long> dataVersions();
}

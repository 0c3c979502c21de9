package io.plantdesk.maintenance;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Saved backlog filters under RLS (the person's own and the plant's shared); SQL in SavedFilterDao/*.sql. */
@UseClasspathSqlLocator
public interface SavedFilterDao {

    /** A row as stored; the query text is decoded by the service. */
    record Row(UUID id, String name, String query, boolean shared, boolean mine, String ownerName, int version) {}

    @SqlQuery("list")
    @RegisterConstructorMapper(Row.class)
    List<Row> list();

    @SqlUpdate("save")
    void save(
            @Bind("id") UUID id,
            @Bind("name") String name,
            @Bind("query") String query,
            @Bind("shared") boolean shared);

    @SqlUpdate("rename")
    int rename(@Bind("id") UUID id, @Bind("version") int version, @Bind("name") String name);

    @SqlUpdate("setShared")
    int setShared(@Bind("id") UUID id, @Bind("version") int version, @Bind("shared") boolean shared);

    @SqlUpdate("delete")
    int delete(@Bind("id") UUID id);
}

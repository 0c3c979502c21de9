package io.plantdesk.maintenance.stock;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The parts screen's extra reads, as the person's own login under RLS. */
@UseClasspathSqlLocator
public interface StockDao {

    @SqlQuery("locations")
    @RegisterConstructorMapper(Location.class)
    List<Location> locations();

    @SqlQuery("people")
    @KeyColumn("login_role")
    @ValueColumn("display_name")
    Map<String, String> people();
}

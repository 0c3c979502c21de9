package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A work order's planned parts under RLS (maint.work_order_part); SQL in PlannedPartsDao/*.sql. */
@UseClasspathSqlLocator
public interface PlannedPartsDao {

    @SqlUpdate("insert")
    void insert(
            @Bind("id") UUID id,
            @Bind("workOrderId") UUID workOrderId,
            @Bind("partId") UUID partId,
            @Bind("quantity") BigDecimal quantity);

    @SqlQuery("list")
    @RegisterConstructorMapper(PlannedPart.class)
    List<PlannedPart> list(@Bind("workOrderId") UUID workOrderId);
}

package io.plantdesk.fleet;

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

/** Garages and vehicles under RLS; SQL in FleetDao/*.sql beside this class. */
@UseClasspathSqlLocator
@RegisterRowMapper(Mappers.GarageMapper.class)
@RegisterRowMapper(Mappers.VehicleMapper.class)
@RegisterConstructorMapper(VehicleOverview.class)
@RegisterConstructorMapper(FleetTotals.class)
public interface FleetDao {

    @SqlUpdate("insertGarage")
    void insertGarage(@Bind("id") UUID id, @Bind("name") String name, @Bind("address") String address);

    @SqlQuery("garages")
    List<Garage> garages();

    @SqlUpdate("insertVehicle")
    void insertVehicle(@Bind("id") UUID id, @BindMethods("d") VehicleDraft draft);

    @SqlUpdate("updateVehicle")
    int updateVehicle(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") VehicleDraft draft);

    @SqlQuery("vehicle")
    Optional<Vehicle> vehicle(@Bind("id") UUID id);

    @SqlQuery("vehicles")
    List<Vehicle> vehicles();

    @SqlQuery("overview")
    List<VehicleOverview> overview();

    @SqlQuery("overviewPage")
    List<VehicleOverview> overviewPage(@Bind("after") String afterPlate, @Bind("limit") int limit);

    @SqlQuery("overviewScreen")
    @RegisterConstructorMapper(OverviewScreen.Row.class)
    List<OverviewScreen.Row> overviewScreen(@Bind("limit") int limit);

    @SqlQuery("overviewTotals")
    FleetTotals totals();

    @SqlQuery("plantZone")
    String plantZone();
}

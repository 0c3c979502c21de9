package io.plantdesk.fleet;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The register's edits beyond creating: a garage's name and address, removing a garage or a
 * vehicle, retiring a vehicle, and the people a vehicle can be handed to. SQL in RegisterDao/*.sql;
 * each update guards the version read, 0 rows meaning someone else saved first.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Driver.class)
@RegisterConstructorMapper(RegisterDao.GarageCount.class)
public interface RegisterDao {

    @SqlUpdate("updateGarage")
    int updateGarage(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @Bind("name") String name,
            @Bind("address") String address);

    @SqlUpdate("removeGarage")
    int removeGarage(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("garageVehicles")
    List<GarageCount> garageVehicles();

    @SqlQuery("hasEvents")
    boolean hasEvents(@Bind("id") UUID id);

    @SqlUpdate("retireVehicle")
    int retireVehicle(@Bind("id") UUID id, @Bind("version") int version);

    @SqlUpdate("removeVehicle")
    int removeVehicle(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("drivers")
    List<Driver> drivers(@Bind("current") UUID current);

    /** A live garage and how many vehicles on the road it keeps. */
    record GarageCount(UUID id, long vehicles) {}
}

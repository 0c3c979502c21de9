package io.plantdesk.sewing;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Lines, their machines and operators for the set-up screen; SQL in LineSetupDao/*.sql. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(SetupLine.class)
@RegisterConstructorMapper(SetupOperator.class)
@RegisterConstructorMapper(PlantPerson.class)
@RegisterConstructorMapper(MachineOnLine.class)
interface LineSetupDao {

    @SqlQuery("lines")
    List<SetupLine> lines();

    @SqlUpdate("insertLine")
    void insertLine(@Bind("id") UUID id, @BindMethods("d") LineDraft draft);

    /** Zero rows: someone else saved the line since it was read (or it is gone). */
    @SqlUpdate("updateLine")
    int updateLine(@Bind("id") UUID id, @Bind("version") int version, @BindMethods("d") LineDraft draft);

    @SqlQuery("machinesOf")
    List<UUID> machinesOf(@Bind("lineId") UUID lineId);

    @SqlQuery("machineLines")
    List<MachineOnLine> machineLines();

    @SqlUpdate("dropMachines")
    int dropMachines(@Bind("lineId") UUID lineId, @Bind("keep") UUID[] keep);

    /** Puts the machine on the line, moving it from another line of the plant. */
    @SqlUpdate("putMachine")
    void putMachine(@Bind("id") UUID id, @Bind("lineId") UUID lineId, @Bind("machineId") UUID machineId);

    @SqlQuery("operators")
    List<SetupOperator> operators();

    @SqlQuery("people")
    List<PlantPerson> people();

    @SqlUpdate("insertOperator")
    void insertOperator(@Bind("id") UUID id, @BindMethods("d") OperatorEntry entry);

    @SqlUpdate("updateOperator")
    int updateOperator(@Bind("version") int version, @BindMethods("d") OperatorEntry entry);

    @SqlUpdate("leaveLine")
    int leaveLine(@Bind("personId") UUID personId);
}

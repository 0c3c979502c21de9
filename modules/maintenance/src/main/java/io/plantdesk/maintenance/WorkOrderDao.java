package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.LabourReport;
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

/**
 * Work orders, their status history, assignees and labour, read and written as the person's own
 * login under RLS (the policy fills in nothing: every insert names core.current_tenant()). SQL in
 * WorkOrderDao/*.sql beside this class.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(Mappers.WorkOrderMapper.class)
@RegisterRowMapper(Mappers.StatusChangeMapper.class)
public interface WorkOrderDao {

    @SqlQuery("find")
    Optional<WorkOrder> find(@Bind("id") UUID id);

    @SqlQuery("findByNumber")
    Optional<WorkOrder> findByNumber(@Bind("number") int number);

    @SqlUpdate("insert")
    void insert(
            @Bind("id") UUID id,
            @BindMethods("d") WorkOrderDraft draft,
            @Bind("type") String type,
            @Bind("priority") int priority,
            @Bind("status") String status,
            @Bind("requestedBy") UUID requestedBy,
            @Bind("tags") String[] tags,
            @Bind("raisedFromItem") UUID raisedFromItem);

    @SqlUpdate("update")
    int update(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @BindMethods("d") WorkOrderDraft draft,
            @Bind("type") String type,
            @Bind("priority") int priority,
            @Bind("tags") String[] tags);

    @SqlUpdate("setStatus")
    int setStatus(@Bind("id") UUID id, @Bind("status") String status);

    @SqlQuery("history")
    List<StatusChange> history(@Bind("id") UUID id);

    @SqlQuery("assignees")
    @RegisterConstructorMapper(Assignee.class)
    List<Assignee> assignees(@Bind("id") UUID id);

    @SqlUpdate("addAssignee")
    void addAssignee(@Bind("id") UUID id, @Bind("workOrderId") UUID workOrderId, @Bind("personId") UUID personId);

    @SqlUpdate("removeAssigneesExcept")
    void removeAssigneesExcept(@Bind("workOrderId") UUID workOrderId, @Bind("keep") UUID[] keep);

    @SqlQuery("transitions")
    @RegisterConstructorMapper(Mappers.Transition.class)
    List<Mappers.Transition> transitions();

    @SqlQuery("currentPerson")
    Optional<UUID> currentPerson();

    @SqlUpdate("insertLabour")
    void insertLabour(@Bind("id") UUID id, @BindMethods("l") LabourReport labour);

    @SqlQuery("labour")
    @RegisterConstructorMapper(Labour.class)
    List<Labour> labour(@Bind("id") UUID workOrderId);
}

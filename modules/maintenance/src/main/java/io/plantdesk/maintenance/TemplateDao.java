package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Work-order templates and their usual parts, under RLS. SQL in TemplateDao/*.sql. */
@UseClasspathSqlLocator
@RegisterRowMapper(Mappers.TemplateMapper.class)
public interface TemplateDao {

    @SqlUpdate("insert")
    void insert(
            @Bind("id") UUID id,
            @BindMethods("d") TemplateDraft draft,
            @Bind("type") String type,
            @Bind("priority") int priority);

    @SqlUpdate("insertPart")
    void insertPart(
            @Bind("id") UUID id,
            @Bind("templateId") UUID templateId,
            @Bind("partId") UUID partId,
            @Bind("quantity") BigDecimal quantity);

    @SqlQuery("templates")
    List<WorkOrderTemplate> templates();

    @SqlQuery("parts")
    @RegisterConstructorMapper(TemplatePart.class)
    List<TemplatePart> parts(@Bind("templateId") UUID templateId);

    @SqlQuery("checklistTemplates")
    @RegisterConstructorMapper(ChecklistChoice.class)
    List<ChecklistChoice> checklistTemplates();
}

package io.plantdesk.platform.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** core.person as the logged-in person sees it (row-level security filters to their plant). */
@RegisterConstructorMapper(PersonRow.class)
public interface PersonDao {

    String COLUMNS = "tenant_id, id, display_name, phone, app_role, login_role, active, updated_at, updated_by, version";

    @SqlQuery("select " + COLUMNS + " from core.person where login_role = session_user")
    Optional<PersonRow> me();

    @SqlQuery("select " + COLUMNS + " from core.person order by active desc, lower(display_name), id "
            + "limit :limit offset :offset")
    List<PersonRow> page(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("select count(*) from core.person")
    int count();

    @SqlQuery("select " + COLUMNS + " from core.person where id = :id")
    Optional<PersonRow> find(@Bind("id") UUID id);

    @SqlQuery("select name from core.tenant")
    Optional<String> tenantName();

    /** Zero rows means someone else changed the person since it was read. */
    @SqlUpdate("update core.person set display_name = :name, phone = :phone where id = :id and version = :version")
    int updateContact(@Bind("id") UUID id, @Bind("version") int version, @Bind("name") String name,
                      @Bind("phone") String phone);

    @SqlQuery("select core.create_person(:id, :name, :phone, :role, :login, :verifier)")
    UUID create(@Bind("id") UUID id, @Bind("name") String name, @Bind("phone") String phone,
                @Bind("role") String role, @Bind("login") String login, @Bind("verifier") String verifier);

    @SqlQuery("select 1 from core.reset_person_password(:id, :verifier)")
    int resetPassword(@Bind("id") UUID id, @Bind("verifier") String verifier);

    @SqlQuery("select 1 from core.set_person_role(:id, :version, :role)")
    int setRole(@Bind("id") UUID id, @Bind("version") int version, @Bind("role") String role);

    @SqlQuery("select 1 from core.set_person_active(:id, :version, :active)")
    int setActive(@Bind("id") UUID id, @Bind("version") int version, @Bind("active") boolean active);

    @SqlQuery("select core.schema_version()")
    Optional<String> schemaVersion();

    /** core.schema_compat's oldest served client (V016); a server without it raises 42883. */
    @SqlQuery("select core.oldest_client()")
    Optional<String> oldestClient();
}

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

    String COLUMNS =
            "tenant_id, id, display_name, phone, app_role, login_role, active, updated_at, updated_by, version";

    @SqlQuery("select " + COLUMNS + " from core.person where login_role = session_user")
    Optional<PersonRow> me();

    /**
     * The filter of {@link #page} and {@link #count}: each part is skipped when its parameter is
     * null. Patterns are bound, never concatenated, and escape LIKE's own characters with '!'
     * (see PeopleQuery; a backslash would confuse Jdbi's parser of named parameters). RLS keeps the rows to the caller's plant; a plant's people are few enough that
     * the ILIKE scan under the policy costs nothing worth an index.
     */
    String WHERE = " where (cast(:pattern as text) is null or display_name ilike :pattern escape '!' "
            + "or login_role ilike :pattern escape '!' or phone ilike :pattern escape '!' "
            + "or (cast(:digits as text) is not null and regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') like :digits)) "
            + "and (cast(:role as text) is null or app_role = :role) "
            + "and (cast(:active as boolean) is null or active = :active)";

    @SqlQuery("select " + COLUMNS + " from core.person" + WHERE + " order by active desc, lower(display_name), id "
            + "limit :limit offset :offset")
    List<PersonRow> page(
            @Bind("limit") int limit,
            @Bind("offset") int offset,
            @Bind("pattern") String pattern,
            @Bind("digits") String digits,
            @Bind("role") String role,
            @Bind("active") Boolean active);

    @SqlQuery("select count(*) from core.person" + WHERE)
    int count(
            @Bind("pattern") String pattern,
            @Bind("digits") String digits,
            @Bind("role") String role,
            @Bind("active") Boolean active);

    @SqlQuery("select " + COLUMNS + " from core.person where id = :id")
    Optional<PersonRow> find(@Bind("id") UUID id);

    @SqlQuery("select name from core.tenant")
    Optional<String> tenantName();

    /** Zero rows means someone else changed the person since it was read. */
    @SqlUpdate("update core.person set display_name = :name, phone = :phone where id = :id and version = :version")
    int updateContact(
            @Bind("id") UUID id, @Bind("version") int version, @Bind("name") String name, @Bind("phone") String phone);

    @SqlQuery("select core.create_person(:id, :name, :phone, :role, :login, :verifier)")
    UUID create(
            @Bind("id") UUID id,
            @Bind("name") String name,
            @Bind("phone") String phone,
            @Bind("role") String role,
            @Bind("login") String login,
            @Bind("verifier") String verifier);

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

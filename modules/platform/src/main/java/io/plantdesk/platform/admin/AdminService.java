package io.plantdesk.platform.admin;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Scram;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.NewPerson;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * What only the installer's admin connection (a superuser of the server, never a person's login)
 * may do: create plants (tenants), their first people, and reset a login's password. Used by the
 * CLI and the demo plant; tenant admins manage people in the app through core.create_person.
 */
public final class AdminService {

    private final Jdbi jdbi;
    private final Ids ids;

    public AdminService(DataSource admin, Ids ids) {
        this.jdbi = Database.jdbiFor(admin);
        this.ids = ids;
    }

    public Optional<UUID> findTenant(String slug) {
        return call(h -> h.createQuery("select id from core.tenant where slug = :slug")
                .bind("slug", slug)
                .mapTo(UUID.class)
                .findOne());
    }

    public UUID ensureTenant(String name, String slug) {
        return findTenant(slug).orElseGet(() -> {
            UUID id = ids.next();
            call(h -> h.createUpdate("insert into core.tenant (id, name, slug) values (:id, :name, :slug)")
                    .bind("id", id)
                    .bind("name", name)
                    .bind("slug", slug)
                    .execute());
            return id;
        });
    }

    public record TenantInfo(String name, String slug, int people) {}

    public List<TenantInfo> tenants() {
        return call(h -> h.createQuery(
                        "select t.name, t.slug, (select count(*) from core.person p where p.tenant_id = t.id) "
                                + "as people from core.tenant t order by t.name")
                .map((rs, ctx) -> new TenantInfo(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list());
    }

    public UUID createPerson(UUID tenant, NewPerson p) {
        return call(h -> createPerson(h, tenant, p));
    }

    /** {@link #createPerson(UUID, NewPerson)} on a handle the caller holds (e.g. inside a demo seed's transaction). */
    public UUID createPerson(Handle h, UUID tenant, NewPerson p) {
        List<String> problems = p.problems();
        if (!problems.isEmpty()) {
            throw new PlantdeskException(String.join(" ", problems), null);
        }
        UUID id = ids.next();
        String verifier = Scram.verifier(p.password());
        return h.createQuery("select core.create_person_in(:t, :id, :name, :phone, :role, :login, :v)")
                .bind("t", tenant)
                .bind("id", id)
                .bind("name", p.displayName().trim())
                .bind(
                        "phone",
                        p.phone() == null || p.phone().isBlank()
                                ? null
                                : p.phone().trim())
                .bind("role", p.role().dbValue())
                .bind("login", p.loginRole())
                .bind("v", verifier)
                .mapTo(UUID.class)
                .one();
    }

    public boolean loginExists(String login) {
        return call(h -> loginExists(h, login));
    }

    public boolean loginExists(Handle h, String login) {
        return h.createQuery("select exists (select 1 from pg_roles where rolname = :r)")
                .bind("r", login)
                .mapTo(Boolean.class)
                .one();
    }

    /** Runs work in one transaction of the admin connection; database errors become clear sentences. */
    public void inTransaction(Consumer<Handle> work) {
        try {
            jdbi.useTransaction(work::accept);
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    /** Sets a login's password; only for logins that belong to a Plantdesk person. */
    public void setPassword(String login, char[] password) {
        String verifier = Scram.verifier(password);
        call(h -> {
            boolean person = h.createQuery("select exists (select 1 from core.person where login_role = :r)")
                    .bind("r", login)
                    .mapTo(Boolean.class)
                    .one();
            if (!person) {
                throw new PlantdeskException("\"" + login + "\" is not a Plantdesk person.", null);
            }
            h.execute("alter role \"" + login.replace("\"", "\"\"") + "\" login password '"
                    + verifier.replace("'", "''") + "'");
            return null;
        });
    }

    public Optional<String> schemaVersion() {
        return call(h -> h.createQuery("select core.schema_version()")
                        .mapTo(String.class)
                        .findOne())
                .map(Migrator::normalize);
    }

    private <T> T call(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}

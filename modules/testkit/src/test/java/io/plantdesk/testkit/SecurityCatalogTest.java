package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog keeps the security rules of DESIGN.md section 5, for every object the migrations make. */
@ExtendWith(PostgresExtension.class)
class SecurityCatalogTest {

    static Jdbi admin;

    static final String USER_SCHEMAS = "n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') "
            + "and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'";

    @BeforeAll
    static void setUp(TestDatabase db) {
        admin = db.adminJdbi();
        // People exist, so login roles exist to be checked.
        var plant = db.createTenant("Catalog plant");
        for (var role : io.plantdesk.platform.people.AppRole.values()) {
            db.createUser(plant, role);
        }
    }

    private List<String> names(String sql) {
        return admin.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void everyTenantTableHasRowLevelSecurityEnabledAndForced() {
        List<String> tenantTables = names("""
                select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and %s
                   and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                                 and not a.attisdropped) or c.oid = 'core.tenant'::regclass)
                """.formatted(USER_SCHEMAS));
        assertThat(tenantTables).contains("core.tenant", "core.person", "core.audit_log", "core.data_version");
        List<String> unprotected = names("""
                select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and %s
                   and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                                 and not a.attisdropped) or c.oid = 'core.tenant'::regclass)
                   and not (c.relrowsecurity and c.relforcerowsecurity)
                """.formatted(USER_SCHEMAS));
        assertThat(unprotected).isEmpty();
    }

    @Test
    void noLoginRoleOwnsAnything() {
        List<String> owned = names("""
                select c.oid::regclass::text || ' owned by ' || r.rolname
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_roles r on r.oid = c.relowner
                 where %s and r.rolcanlogin
                union all
                select p.oid::regprocedure::text || ' owned by ' || r.rolname
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_roles r on r.oid = p.proowner
                 where %s and r.rolcanlogin
                union all
                select n.nspname || ' owned by ' || r.rolname
                  from pg_namespace n join pg_roles r on r.oid = n.nspowner
                 where %s and n.nspname <> 'public' and r.rolcanlogin
                """.formatted(USER_SCHEMAS, USER_SCHEMAS, USER_SCHEMAS));
        assertThat(owned).isEmpty();
    }

    @Test
    void noLoginRoleBypassesRowSecurityOrCreatesRoles() {
        // The server's bootstrap superuser is the installer's account, not a Plantdesk login.
        List<String> bad = names("""
                select rolname from pg_roles
                 where rolcanlogin and not rolsuper and (rolbypassrls or rolcreaterole or rolcreatedb)
                """);
        assertThat(bad).isEmpty();
        List<String> people = names("select r.rolname from core.person p join pg_roles r on r.rolname = p.login_role "
                + "where r.rolsuper or r.rolbypassrls or r.rolcreaterole");
        assertThat(people).isEmpty();
        assertThat(names("select rolname from pg_roles where rolname like 'plantdesk\\_%' and rolcanlogin"))
                .isEmpty();
        assertThat(names("select rolname from pg_roles where rolbypassrls and not rolsuper"))
                .containsExactly("plantdesk_security");
    }

    @Test
    void everySecurityDefinerFunctionPinsItsSearchPath() {
        List<String> definers = names("""
                select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where p.prosecdef and %s""".formatted(USER_SCHEMAS));
        assertThat(definers).contains("core.current_tenant()", "core.audit_row()");
        List<String> unpinned = names("""
                select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where p.prosecdef and %s
                   and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%%')
                """.formatted(USER_SCHEMAS));
        assertThat(unpinned).isEmpty();
    }

    @Test
    void currentTenantIsStableAndNotWritableFromAGuc() {
        List<String> volatility =
                names("select provolatile::text from pg_proc where oid = 'core.current_tenant()'::regprocedure");
        assertThat(volatility).containsExactly("s");
        List<String> body = names("select prosrc from pg_proc where oid = 'core.current_tenant()'::regprocedure");
        assertThat(body.getFirst()).contains("session_user").doesNotContain("current_setting");
    }

    @Test
    void nothingIsGrantedToPublicOrToAPersonDirectly() {
        List<String> publicGrants = names("""
                select table_schema || '.' || table_name || ' ' || privilege_type || ' to ' || grantee
                  from information_schema.role_table_grants
                 where table_schema not in ('pg_catalog', 'information_schema')
                   and (grantee = 'PUBLIC' or grantee in (select login_role from core.person))""");
        assertThat(publicGrants).isEmpty();
        List<String> publicFunctions = names("""
                select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'core' and p.prosecdef
                   and (p.proacl is null or exists (select 1 from aclexplode(p.proacl) a
                                                     where a.grantee = 0 and a.privilege_type = 'EXECUTE'))""");
        assertThat(publicFunctions).isEmpty();
    }
}

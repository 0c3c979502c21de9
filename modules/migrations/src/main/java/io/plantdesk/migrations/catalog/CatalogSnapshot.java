package io.plantdesk.migrations.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The schema objects of one database outside PostgreSQL's own schemas and extensions, each as a
 * key ("column core.person.login") and a definition in PostgreSQL's own words (pg_get_indexdef,
 * pg_get_constraintdef, pg_get_functiondef, ...). Two databases built by the same scripts give equal
 * snapshots.
 *
 * <p>Independent of the server's major version: PostgreSQL 18 records NOT NULL as a constraint
 * (contype 'n', named table_column_not_null) and 15 to 17 do not, so NOT NULL is read from the
 * column (attnotnull) only, and a scratch database on 18 compares equal with an environment on 15.
 *
 * <p>Left out on purpose: the migration history tables (they differ by design), partitions (the
 * scheduler creates monthly partitions ahead, so their number depends on the date) and roles and
 * grants (roles belong to the server, not the database).
 */
public record CatalogSnapshot(SortedMap<String, String> objects) {

    /** The kinds, in the order the drift report lists them. */
    public static final List<String> KINDS = List.of(
            "schema",
            "type",
            "table",
            "view",
            "sequence",
            "column",
            "constraint",
            "index",
            "trigger",
            "policy",
            "function",
            "partitions",
            "owner",
            "grant",
            "comment");

    private static final String OURS = """
            n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
            """;

    /**
     * Schemas, relations and functions with their owner, privileges and comment, for the owner,
     * grant and comment kinds (two format slots: the key's prefix and the value's expression).
     * The role that runs the migrations reads as "(migrator)": the scratch database's superuser
     * and an environment's owner login each made what their scripts did not hand on.
     */
    private static final String OBJECTS = """
            select {prefix} || x.kind || ' ' || x.name, {value}
              from (select case c.relkind when 'v' then 'view' when 'm' then 'view' when 'S' then 'sequence' else 'table' end as kind,
                           n.nspname || '.' || c.relname as name, c.relowner as owner, c.relacl as acl,
                           case c.relkind when 'S' then 's'::"char" else 'r'::"char" end as aclkind,
                           obj_description(c.oid, 'pg_class') as comment
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where %1$s and c.relkind in ('r', 'p', 'v', 'm', 'S') and not c.relispartition and c.relname <> all(?)
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                    union all
                    select 'schema', n.nspname, n.nspowner, n.nspacl, 'n'::"char", obj_description(n.oid, 'pg_namespace')
                      from pg_namespace n
                     where %1$s and n.nspname <> 'public'
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_namespace'::regclass and d.objid = n.oid and d.deptype = 'e')
                    union all
                    select 'function', n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                           p.proowner, p.proacl, 'f'::"char", obj_description(p.oid, 'pg_proc')
                      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where %1$s and p.prokind in ('f', 'p', 'w')
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                    union all
                    select 'column', n.nspname || '.' || c.relname || '.' || a.attname, c.relowner, null, 'r'::"char",
                           col_description(c.oid, a.attnum)
                      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                     where %1$s and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition and c.relname <> all(?)
                       and a.attnum > 0 and not a.attisdropped) x
             where {where}
            """.formatted(OURS.strip());

    private static String objects(String prefix, String value, String where) {
        return OBJECTS.replace("{prefix}", prefix).replace("{value}", value).replace("{where}", where);
    }

    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("schema", """
                    select 'schema ' || n.nspname, ''
                      from pg_namespace n
                     where %s and n.nspname <> 'public'
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_namespace'::regclass
                                        and d.objid = n.oid and d.deptype = 'e')
                    """.formatted(OURS)),
            Map.entry("type", """
                    select 'type ' || n.nspname || '.' || t.typname,
                           case t.typtype when 'e' then 'enum (' || (select string_agg(quote_literal(e.enumlabel), ', '
                                                                   order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) || ')'
                                          else 'domain ' || format_type(t.typbasetype, t.typtypmod)
                                               || case when t.typnotnull then ' not null' else '' end end
                      from pg_type t join pg_namespace n on n.oid = t.typnamespace
                     where %s and t.typtype in ('e', 'd')
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                        and d.objid = t.oid and d.deptype = 'e')
                    """.formatted(OURS)),
            Map.entry("relation", """
                    select case c.relkind when 'v' then 'view ' when 'm' then 'view ' when 'S' then 'sequence ' else 'table ' end
                               || n.nspname || '.' || c.relname,
                           concat_ws('; ',
                               case c.relkind when 'p' then 'partitioned by ' || pg_get_partkeydef(c.oid)
                                              when 'm' then 'materialized' end,
                               case when c.relrowsecurity then 'row level security' end,
                               case when c.relforcerowsecurity then 'forced' end,
                               'with (' || array_to_string(c.reloptions, ', ') || ')',
                               case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end)
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where %s and c.relkind in ('r', 'p', 'v', 'm', 'S') and not c.relispartition
                       and c.relname <> all(?)
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                        and d.objid = c.oid and d.deptype = 'e')
                    """.formatted(OURS)),
            Map.entry("column", """
                    select 'column ' || n.nspname || '.' || c.relname || '.' || a.attname,
                           concat_ws(' ', format_type(a.atttypid, a.atttypmod),
                               case when a.attnotnull then 'not null' end,
                               case when a.attidentity <> '' then 'identity ' || a.attidentity::text end,
                               case when a.attgenerated <> '' then 'generated' end,
                               case when ad.adbin is not null then 'default ' || pg_get_expr(ad.adbin, ad.adrelid) end,
                               case when a.attcollation <> 0 and a.attcollation <> (select typcollation from pg_type where oid = a.atttypid)
                                    then 'collate ' || (select quote_ident(cn.nspname) || '.' || quote_ident(co.collname) from pg_collation co
                                                         join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation) end,
                               'storage ' || nullif(array_to_string(a.attoptions, ', '), ''))
                      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                      left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
                     where %s and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition and c.relname <> all(?)
                       and a.attnum > 0 and not a.attisdropped
                    """.formatted(OURS)),
            Map.entry("constraint", """
                    select 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || k.conname,
                           pg_get_constraintdef(k.oid)
                      from pg_constraint k join pg_namespace n on n.oid = k.connamespace
                      left join pg_class c on c.oid = k.conrelid
                      left join pg_type t on t.oid = k.contypid
                     where %s and (c.oid is null or (not c.relispartition and c.relname <> all(?)))
                       and k.contype <> 'n'
                       -- A foreign key to a partitioned table gets one derived constraint per partition,
                       -- named by the server (fkey1 on 15, fkey_1 on 18): the parent's constraint says it all.
                       and k.conparentid = 0
                    """.formatted(OURS)),
            Map.entry("index", """
                    select 'index ' || n.nspname || '.' || ic.relname, pg_get_indexdef(i.indexrelid)
                      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid
                      join pg_namespace n on n.oid = ic.relnamespace
                     where %s and c.relname <> all(?)
                       -- A partition's index made with its parent's is the parent's; one made by hand on a partition shows.
                       and (not c.relispartition or not exists (select 1 from pg_inherits h where h.inhrelid = i.indexrelid))
                    """.formatted(OURS)),
            Map.entry("trigger", """
                    select 'trigger ' || n.nspname || '.' || c.relname || '.' || g.tgname,
                           pg_get_triggerdef(g.oid) || case g.tgenabled when 'D' then ' -- DISABLED' when 'R' then ' -- ENABLED REPLICA'
                                                                         when 'A' then ' -- ENABLED ALWAYS' else '' end
                      from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
                     where %s and not g.tgisinternal and (not c.relispartition or g.tgparentid = 0)
                    """.formatted(OURS)),
            Map.entry("partitions", """
                    select 'partitions ' || n.nspname || '.' || pc.relname,
                           -- Their number and names follow the date; what each one is like must not vary.
                           string_agg(distinct concat_ws(' ', case when c.relrowsecurity then 'row level security' end,
                                          case when c.relforcerowsecurity then 'forced' end,
                                          'owner ' || case when c.relowner = pc.relowner then '(as parent)' else pg_get_userbyid(c.relowner) end,
                                          'with (' || array_to_string(c.reloptions, ', ') || ')',
                                          -- Policies are not inherited: each partition has its own, named after the month
                                          -- it covers, so they are described here once instead of listed one by one.
                                          (select 'policies ' || string_agg(concat_ws(' ', p.polname,
                                                      case when p.polpermissive then 'permissive' else 'restrictive' end, p.polcmd,
                                                      'using (' || pg_get_expr(p.polqual, p.polrelid) || ')',
                                                      'with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')'), '; '
                                                      order by p.polname)
                                             from pg_policy p where p.polrelid = c.oid)), ' | ')
                      from pg_inherits h join pg_class c on c.oid = h.inhrelid join pg_class pc on pc.oid = h.inhparent
                      join pg_namespace n on n.oid = pc.relnamespace
                     where %s and c.relkind in ('r', 'p')
                     group by n.nspname, pc.relname
                    """.formatted(OURS)),
            Map.entry(
                    "owner",
                    objects(
                            "'owner '",
                            "case when x.owner = (select oid from pg_roles where rolname = current_user) then '(migrator)' else pg_get_userbyid(x.owner) end",
                            "x.kind <> 'column'")),
            Map.entry("grant", objects("'grant '", """
                    (select coalesce(string_agg(g, ', ' order by g), '(none)') from (
                        select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end || ':' || a.privilege_type
                               || case when a.is_grantable then ' with grant option' else '' end as g
                          from aclexplode(coalesce(x.acl, acldefault(x.aclkind, x.owner))) a
                         -- The owner's own privileges are implied (and differ by version: MAINTAIN came in 17).
                         where a.grantee <> x.owner) q)
                    """, "x.kind <> 'column'")),
            Map.entry("comment", objects("'comment '", "x.comment", "x.comment is not null")),
            Map.entry("policy", """
                    select 'policy ' || n.nspname || '.' || c.relname || '.' || p.polname,
                           concat_ws(' ', case when p.polpermissive then 'permissive' else 'restrictive' end,
                               'for ' || case p.polcmd when 'r' then 'select' when 'a' then 'insert' when 'w' then 'update'
                                                       when 'd' then 'delete' else 'all' end,
                               'to ' || (select string_agg(case r when 0 then 'public' else r::regrole::text end, ', ' order by 1)
                                          from unnest(p.polroles) r),
                               'using (' || pg_get_expr(p.polqual, p.polrelid) || ')',
                               'with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')')
                      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
                     where %s and not c.relispartition
                    """.formatted(OURS)),
            Map.entry("function", """
                    select 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                           pg_get_functiondef(p.oid)
                      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where %s and p.prokind in ('f', 'p', 'w')
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                        and d.objid = p.oid and d.deptype = 'e')
                    """.formatted(OURS)));

    /** @param historyTables the migration history tables to leave out */
    public static CatalogSnapshot read(DataSource db, Collection<String> historyTables) {
        // The tracker's rollback log (RollbackLog) sits beside each history table and is left out with it.
        Set<String> left = new LinkedHashSet<>(historyTables);
        historyTables.forEach(t -> left.add(t + "_rollbacks"));
        SortedMap<String, String> objects = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            c.setReadOnly(true);
            for (var q : QUERIES.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(q.getValue())) {
                    long params = q.getValue().chars().filter(ch -> ch == '?').count();
                    for (int i = 1; i <= params; i++) {
                        s.setArray(i, c.createArrayOf("text", left.toArray()));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            objects.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
        return new CatalogSnapshot(versionIndependent(objects));
    }

    private static final Pattern QUALIFIER = Pattern.compile("(?<![\\w.\"$])([a-z_][a-z0-9_$]*)\\.(?=[a-z_\"])");

    /**
     * View definitions as any major version prints them: PostgreSQL 16 and later leave out a
     * column's table name where it is unambiguous ("SELECT tenant_id"), 15 writes it
     * ("SELECT person.tenant_id"). Table qualifiers are dropped (schema names stay) and blanks
     * collapsed, on both sides of every comparison.
     */
    static SortedMap<String, String> versionIndependent(SortedMap<String, String> objects) {
        Set<String> schemas = new HashSet<>(List.of("pg_catalog", "public", "information_schema"));
        objects.keySet().stream().filter(k -> k.startsWith("schema ")).forEach(k -> schemas.add(k.substring(7)));
        objects.keySet().stream()
                .filter(k -> k.startsWith("table ") || k.startsWith("view ") || k.startsWith("function "))
                .forEach(k -> schemas.add(k.substring(k.indexOf(' ') + 1, k.indexOf('.'))));
        SortedMap<String, String> out = new TreeMap<>(objects);
        out.replaceAll((key, def) -> !key.startsWith("view ")
                ? def
                : QUALIFIER
                        .matcher(def)
                        .replaceAll(m -> schemas.contains(m.group(1)) ? m.group() : "")
                        .replaceAll("\\s+", " ")
                        .strip());
        return out;
    }

    /** How many objects of a kind ("index") there are. */
    public long count(String kind) {
        return objects.keySet().stream().filter(k -> k.startsWith(kind + " ")).count();
    }
}

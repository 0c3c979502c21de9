package io.plantdesk.shifts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The logged-in person's plant's shift calendar (row-level security keeps it to that plant). */
@RegisterConstructorMapper(ShiftRow.class)
public interface ShiftDao {

    String COLUMNS = "id, name, starts, ends, "
            + "coalesce((select string_agg((b ->> 'start') || '/' || (b ->> 'minutes'), ',' order by n) "
            + "from jsonb_array_elements(breaks) with ordinality x(b, n)), '') as breaks, "
            + "array_to_string(days, ',') as days, valid_from, version";

    @SqlQuery(
            "select " + COLUMNS + " from core.shift_pattern where deleted_at is null order by starts, lower(name), id")
    List<ShiftRow> live();

    @SqlUpdate(
            "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                    + "values (core.current_tenant(), :id, :name, :starts, :ends, cast(:breaks as jsonb), cast(:days as smallint[]), :validFrom)")
    int insert(
            @Bind("id") UUID id,
            @Bind("name") String name,
            @Bind("starts") LocalTime starts,
            @Bind("ends") LocalTime ends,
            @Bind("breaks") String breaksJson,
            @Bind("days") String daysArray,
            @Bind("validFrom") LocalDate validFrom);

    /** Zero rows means someone else changed or deleted the shift since it was read. */
    @SqlUpdate(
            "update core.shift_pattern set name = :name, starts = :starts, ends = :ends, breaks = cast(:breaks as jsonb), "
                    + "days = cast(:days as smallint[]), valid_from = :validFrom where id = :id and version = :version and deleted_at is null")
    int update(
            @Bind("id") UUID id,
            @Bind("version") int version,
            @Bind("name") String name,
            @Bind("starts") LocalTime starts,
            @Bind("ends") LocalTime ends,
            @Bind("breaks") String breaksJson,
            @Bind("days") String daysArray,
            @Bind("validFrom") LocalDate validFrom);

    /** A soft delete: the audit log keeps the shift, and old shift buckets still name it. */
    @SqlUpdate(
            "update core.shift_pattern set deleted_at = now() where id = :id and version = :version and deleted_at is null")
    int delete(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("select shift_name from core.current_shift_at(:at)")
    List<String> shiftNameAt(@Bind("at") OffsetDateTime at);
}

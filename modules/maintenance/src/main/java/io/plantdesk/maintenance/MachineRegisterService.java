package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MachineRegister;
import io.plantdesk.platform.db.DbErrors;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link MachineRegister} on the person's own login: RLS keeps it to their plant. */
final class MachineRegisterService implements MachineRegister {

    private final Jdbi jdbi;

    MachineRegisterService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<MachineRef> machines() {
        try {
            return jdbi.withHandle(h -> machines(h, null));
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    /** @param plant the plant to read, or null for the login's own (RLS keeps it to that plant) */
    static List<MachineRef> machines(Handle h, UUID plant) {
        var query = h.createQuery("select id, code, name from maint.asset where kind = 'machine' and deleted_at is null"
                + (plant == null ? "" : " and tenant_id = :t") + " order by code");
        if (plant != null) {
            query.bind("t", plant);
        }
        return query.map((rs, ctx) ->
                        new MachineRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                .list();
    }
}

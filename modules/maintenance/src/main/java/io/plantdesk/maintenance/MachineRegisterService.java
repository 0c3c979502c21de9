package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MachineRegister;
import io.plantdesk.platform.db.DbErrors;
import java.util.List;
import java.util.UUID;
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
            return jdbi.withHandle(h -> h.createQuery("select id, code, name from maint.asset "
                            + "where kind = 'machine' and deleted_at is null order by code")
                    .map((rs, ctx) ->
                            new MachineRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                    .list());
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}

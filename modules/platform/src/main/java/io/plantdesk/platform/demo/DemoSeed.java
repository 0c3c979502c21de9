package io.plantdesk.platform.demo;

import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.ids.Ids;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * A feature's part of the demo plant. Each feature module registers its implementation in
 * {@code META-INF/services/io.plantdesk.platform.demo.DemoSeed}; {@link DemoPlant} runs every seed
 * after the ones it names in {@link #after()}, each in one transaction of its own on the
 * installer's admin connection, so a failing feature leaves the others' data whole.
 *
 * <p>A seed must be idempotent: it runs on every "Try the demo plant" and every
 * {@code plantdesk demo-data}, and adds only what is missing.
 */
public interface DemoSeed {

    /** Stable name that other seeds may depend on, e.g. "people" or "activity". */
    String name();

    /** Names of the seeds whose data this one builds on (they run first). */
    default Set<String> after() {
        return Set.of();
    }

    /** Adds what is missing; runs inside the transaction of {@code plant.handle()}. */
    void seed(Plant plant);

    /**
     * The plant being seeded.
     *
     * @param handle the admin connection, inside this seed's transaction
     * @param tenant the demo plant's id
     * @param admin  the admin operations (people, passwords) that take this handle
     * @param ids    UUIDv7 ids for new rows
     */
    record Plant(Handle handle, UUID tenant, AdminService admin, Ids ids) {}
}

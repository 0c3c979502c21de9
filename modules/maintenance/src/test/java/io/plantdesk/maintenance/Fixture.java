package io.plantdesk.maintenance;

import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.UUID;

/** A small plant's asset tree for the service tests: a site, a line, two machines. */
record Fixture(UUID site, UUID line, UUID machine, UUID machine2) {

    static Fixture plant(TestDatabase db, TestUser planner, String prefix) {
        AssetService assets = new AssetService(db.jdbiAs(planner), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, prefix + "-S", "Main building"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, prefix + "-L1", "Line 1"));
        Asset m1 = assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, prefix + "-M1", "Lockstitch 1"));
        Asset m2 = assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, prefix + "-M2", "Overlock 2"));
        return new Fixture(site.id(), line.id(), m1.id(), m2.id());
    }
}

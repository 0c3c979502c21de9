package io.plantdesk.sewing;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A run's cutting: its lays listed, recorded and corrected over the version read, and a lay
 * already recorded cut into bundles ("Make bundles"). The database checks the ranges, that
 * wastage is within the fabric used, and that a lay with bundles keeps its run and pieces (V125).
 */
public final class CuttingService {

    private final Jdbi jdbi;
    private final Ids ids;

    public CuttingService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public List<CuttingRow> ofRun(UUID runId) {
        return Services.inTransaction(jdbi, h -> h.attach(CuttingDao.class).ofRun(runId));
    }

    /** Who may be named as a lay's cutter: the plant's active people (not only operators). */
    public List<PlantPerson> cutters() {
        return Services.inTransaction(jdbi, h -> h.attach(CuttingDao.class).cutters());
    }

    public CuttingRow create(CuttingDraft draft) {
        UUID id = ids.next();
        return Services.inTransaction(jdbi, h -> {
            CuttingDao dao = h.attach(CuttingDao.class);
            dao.insert(id, draft);
            return dao.one(id).orElseThrow();
        });
    }

    /** Saves over {@code version}; "someone else changed it" when another save came first. */
    public CuttingRow update(UUID id, int version, CuttingDraft draft) {
        return Services.inTransaction(jdbi, h -> {
            CuttingDao dao = h.attach(CuttingDao.class);
            if (dao.update(id, version, draft) == 0) {
                throw dao.one(id).isPresent()
                        ? SewingText.error("cutting.changed")
                        : SewingText.error("cutting.not.found");
            }
            return dao.one(id).orElseThrow();
        });
    }

    /** True for "someone else changed this lay": the form then takes the lay's new version. */
    public static boolean isStale(Throwable e) {
        return e instanceof PlantdeskException p
                && p.messageText().map(t -> t.key().equals("cutting.changed")).orElse(false);
    }

    /**
     * Cuts a recorded lay into bundles of {@code bundleSize} per size (the last of a size takes
     * the rest), numbered on from the run's last ticket, with the QR codes of
     * {@link FloorSetupService#cut}. The sizes add up to the lay's pieces; a lay is cut once.
     */
    public List<Bundle> makeBundles(UUID cuttingId, List<FloorSetupService.SizeCount> sizes, int bundleSize) {
        if (bundleSize < 1) {
            throw SewingText.error("cut.bundle.size");
        }
        int total = sizes.stream().mapToInt(FloorSetupService.SizeCount::pieces).sum();
        return Services.inTransaction(jdbi, h -> {
            CuttingRow lay =
                    h.attach(CuttingDao.class).one(cuttingId).orElseThrow(() -> SewingText.error("cutting.not.found"));
            SewingDao dao = h.attach(SewingDao.class);
            dao.lockRun(lay.runId()).orElseThrow(() -> SewingText.error("run.not.found"));
            // Read again under the run's lock: two clicks on "Make bundles" cut the lay once.
            if (h.attach(CuttingDao.class).one(cuttingId).orElseThrow().bundles() > 0) {
                throw SewingText.error("cutting.already.bundled", lay.layNo());
            }
            if (total != lay.piecesCut()) {
                throw SewingText.error("cutting.sizes.total", total, lay.layNo(), lay.piecesCut());
            }
            int ticket = dao.nextTicket(lay.runId());
            List<UUID> made = new ArrayList<>();
            for (FloorSetupService.SizeCount sc : sizes) {
                for (int left = sc.pieces(); left > 0; left -= bundleSize) {
                    UUID id = ids.next();
                    String qr = "B-" + lay.runId().toString().substring(28).toUpperCase() + "-" + ticket;
                    dao.insertBundle(id, lay.runId(), cuttingId, ticket++, sc.size(), Math.min(left, bundleSize), qr);
                    made.add(id);
                }
            }
            return dao.bundles(lay.runId()).stream()
                    .filter(b -> made.contains(b.id()))
                    .toList();
        });
    }
}

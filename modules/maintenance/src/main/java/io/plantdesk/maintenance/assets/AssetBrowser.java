package io.plantdesk.maintenance.assets;

import io.plantdesk.maintenance.MaintText;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The asset tree's calls on the person's own login: a level at a time (a plant of 50,000 assets
 * never loads whole), a meter's latest readings, and an asset's history a page at a time.
 */
public final class AssetBrowser {

    /** The most children one branch shows; a line with more machines than this is cut, and says so. */
    public static final int MAX_CHILDREN = 2_000;

    private final Jdbi jdbi;

    public AssetBrowser(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The children of {@code parent}, or the sites when null; at most {@link #MAX_CHILDREN} + 1. */
    public List<AssetNode> children(UUID parent) {
        return call(dao -> dao.children(parent, MAX_CHILDREN + 1));
    }

    public List<MeterReading> readings(UUID meter, int limit) {
        return call(dao -> dao.readings(meter, Math.clamp(limit, 1, 500)));
    }

    /** A page of the asset's work orders, newest first. */
    public HistoryPage history(UUID asset, int offset, int limit) {
        int n = Math.clamp(limit, 1, 200);
        List<AssetHistoryRow> rows = new ArrayList<>(call(dao -> dao.history(asset, Math.max(0, offset), n + 1)));
        boolean more = rows.size() > n;
        return new HistoryPage(more ? rows.subList(0, n) : rows, Math.max(0, offset), more);
    }

    private <T> T call(Function<AssetBrowserDao, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(h.attach(AssetBrowserDao.class)));
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}

package io.plantdesk.platform.rollup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/**
 * Live refresh without a NOTIFY per row: one indexed read of core.data_version per poll, and the
 * domains whose counter moved since the last poll.
 */
public final class DataVersionWatcher {

    private final Jdbi jdbi;
    private Map<String, Long> last;

    public DataVersionWatcher(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Domains changed since the previous call; the first call reports none. */
    public synchronized Set<String> poll() {
        Map<String, Long> now = new HashMap<>(jdbi.withExtension(RollupDao.class, RollupDao::dataVersions));
        Set<String> changed = new TreeSet<>();
        if (last != null) {
            for (var e : now.entrySet()) {
                if (!Objects.equals(last.get(e.getKey()), e.getValue())) {
                    changed.add(e.getKey());
                }
            }
        }
        last = now;
        return changed;
    }
}

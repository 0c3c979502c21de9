package io.plantdesk.maintenance.stock;

import io.plantdesk.maintenance.MaintText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The plant's stock locations and its people's names by login, for the parts screen. */
public final class StockLookups {

    private final Jdbi jdbi;

    public StockLookups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Location> locations() {
        return call(StockDao::locations);
    }

    /** Login to name: the ledger records who by login; the screen shows the person. */
    public Map<String, String> names() {
        return call(StockDao::people);
    }

    private <T> T call(Function<StockDao, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(h.attach(StockDao.class)));
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}

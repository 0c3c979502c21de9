package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.MeterTotal;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The asset register and its meters (the asset tree screen; planners and admins write, everyone
 * reads and records meter readings). The database keeps the hierarchy sound: a child below its
 * parent's level, no asset under itself.
 */
public final class AssetService {

    private final Jdbi jdbi;
    private final Ids ids;

    public AssetService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Every live asset of the plant in tree order (parents first, siblings by code). */
    public List<Asset> tree() {
        return call(h -> h.attach(AssetDao.class).tree());
    }

    public Optional<Asset> find(UUID id) {
        return call(h -> h.attach(AssetDao.class).find(id));
    }

    /** How many parents the picker shows for one search: a page, never the whole register. */
    public static final int PARENT_CHOICES = 50;

    /**
     * The assets that may hold one of {@code child}'s kind (the database's rule), whose code starts
     * with {@code text} or whose name contains it, by code; never {@code editing} (null: a new asset)
     * or one of its parts, which would make a cycle.
     */
    public List<Asset> parentChoices(AssetKind child, String text, UUID editing) {
        String[] kinds = Arrays.stream(AssetKind.values())
                .filter(k -> AssetKind.holds(k, child))
                .map(AssetKind::dbValue)
                .toArray(String[]::new);
        if (kinds.length == 0) {
            return List.of();
        }
        String t = text == null ? "" : text.strip();
        String like = t.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return call(h -> h.attach(AssetDao.class)
                .parentChoices(kinds, t, like + "%", "%" + like + "%", editing, PARENT_CHOICES));
    }

    public Asset create(AssetDraft draft) {
        return inTransaction(h -> {
            AssetDao dao = h.attach(AssetDao.class);
            UUID id = ids.next();
            dao.insert(id, draft, draft.kind().dbValue());
            return dao.find(id).orElseThrow();
        });
    }

    /** Saves an edit from {@code baseVersion}; empty when someone else saved in between (reload and retry). */
    public Optional<Asset> save(UUID id, int baseVersion, AssetDraft draft) {
        return inTransaction(h -> {
            AssetDao dao = h.attach(AssetDao.class);
            return dao.update(id, baseVersion, draft, draft.kind().dbValue()) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /**
     * A new asset with the meters it counts ({@code meters}: kind to the meter's name), all or
     * nothing: a refused meter leaves no asset behind for the editor to trip over on its retry.
     */
    public Asset create(AssetDraft draft, Map<MeterKind, String> meters) {
        return inTransaction(h -> {
            AssetDao dao = h.attach(AssetDao.class);
            UUID id = ids.next();
            dao.insert(id, draft, draft.kind().dbValue());
            meters.forEach((kind, name) -> ensureMeter(h, ids, id, kind, name));
            return dao.find(id).orElseThrow();
        });
    }

    /** An edit with the meters to add (kept meters stay; a meter is never dropped here, its readings are history). */
    public Optional<Asset> save(UUID id, int baseVersion, AssetDraft draft, Map<MeterKind, String> meters) {
        return inTransaction(h -> {
            AssetDao dao = h.attach(AssetDao.class);
            if (dao.update(id, baseVersion, draft, draft.kind().dbValue()) != 1) {
                return Optional.empty();
            }
            meters.forEach((kind, name) -> ensureMeter(h, ids, id, kind, name));
            return dao.find(id);
        });
    }

    public List<Meter> meters(UUID assetId) {
        return call(h -> h.attach(AssetDao.class).meters(assetId));
    }

    /** The asset's meter of that kind, made (at zero) if it has none yet. */
    public Meter meter(UUID assetId, MeterKind kind, String name) {
        return inTransaction(h -> ensureMeter(h, ids, assetId, kind, name));
    }

    static Meter ensureMeter(Handle h, Ids ids, UUID assetId, MeterKind kind, String name) {
        AssetDao dao = h.attach(AssetDao.class);
        dao.find(assetId).orElseThrow(() -> MaintText.error("asset.not.found"));
        Optional<Meter> existing = dao.meterOf(assetId, kind.dbValue());
        if (existing.isPresent()) {
            return existing.get();
        }
        dao.insertMeter(ids.next(), assetId, kind.dbValue(), name);
        return dao.meterOf(assetId, kind.dbValue()).orElseThrow();
    }

    /** Adds to a meter (pieces sewn since the last feed); concurrent additions are all counted. */
    public MeterTotal add(UUID meterId, BigDecimal delta, OffsetDateTime at) {
        return inTransaction(h -> new MeterTotal(meterId, add(h, ids, meterId, delta, at), false));
    }

    /** An absolute reading (an hour counter); one below the last total is refused. */
    public MeterTotal read(UUID meterId, BigDecimal value, OffsetDateTime at) {
        return inTransaction(h -> new MeterTotal(meterId, read(h, ids, meterId, value, at), false));
    }

    static BigDecimal add(Handle h, Ids ids, UUID meterId, BigDecimal delta, OffsetDateTime at) {
        if (delta.signum() <= 0) {
            throw MaintText.error("quantity.positive");
        }
        AssetDao dao = h.attach(AssetDao.class);
        BigDecimal total = dao.addToMeter(meterId, delta, at).orElseThrow(() -> MaintText.error("asset.not.found"));
        dao.insertReading(ids.next(), meterId, at, delta, total);
        return total;
    }

    static BigDecimal read(Handle h, Ids ids, UUID meterId, BigDecimal value, OffsetDateTime at) {
        AssetDao dao = h.attach(AssetDao.class);
        Meter m = dao.meter(meterId).orElseThrow(() -> MaintText.error("asset.not.found"));
        BigDecimal total = dao.setMeter(meterId, value, at)
                .orElseThrow(() -> MaintText.error(
                        "reading.lower", value.toPlainString(), m.total().toPlainString()));
        dao.insertReading(ids.next(), meterId, at, null, total);
        return total;
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}

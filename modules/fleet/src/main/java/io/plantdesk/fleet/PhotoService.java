package io.plantdesk.fleet;

import io.plantdesk.platform.ids.Ids;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Events' photos: a file is checked, thumbnailed and read for its EXIF here (PhotoFile), before
 * anything is sent; the database holds the limit too (photo_size). Lists get thumbnails only; the
 * full picture is fetched when a person opens it.
 */
public final class PhotoService {

    private final Jdbi jdbi;
    private final Ids ids;

    public PhotoService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Attaches the picture in {@code file} to the event; reads the file, so never on the FX thread. */
    public EventPhoto attach(UUID eventId, Path file) {
        ZoneId zone = plantZone();
        return attach(eventId, PhotoFile.read(file, zone));
    }

    public EventPhoto attach(UUID eventId, PhotoFile photo) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            VehicleEvent event =
                    h.attach(EventDao.class).find(eventId).orElseThrow(() -> FleetText.error("event.gone"));
            PhotoDao dao = h.attach(PhotoDao.class);
            dao.insert(id, eventId, event.occurredAt(), photo);
            return dao.find(id).orElseThrow();
        });
    }

    /** The live photos of these events (thumbnails), by event. */
    public Map<UUID, List<EventPhoto>> ofEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        List<EventPhoto> all = Db.call(jdbi, h -> h.attach(PhotoDao.class).ofEvents(eventIds.toArray(UUID[]::new)));
        return all.stream().collect(Collectors.groupingBy(EventPhoto::eventId, Collectors.toList()));
    }

    /** The full picture, or empty when it was deleted meanwhile. */
    public Optional<byte[]> content(UUID photoId) {
        return Db.call(jdbi, h -> h.attach(PhotoDao.class).content(photoId));
    }

    public boolean delete(UUID photoId, int baseVersion) {
        return Db.inTransaction(jdbi, h -> h.attach(PhotoDao.class).delete(photoId, baseVersion) == 1);
    }

    private ZoneId plantZone() {
        return ZoneId.of(Db.call(jdbi, h -> h.attach(FleetDao.class).plantZone()));
    }
}

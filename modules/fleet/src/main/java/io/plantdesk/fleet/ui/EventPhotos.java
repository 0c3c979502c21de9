package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventPhoto;
import io.plantdesk.fleet.PhotoService;
import io.plantdesk.platform.tasks.TaskRunner;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The photos the fleet screen shows: thumbnails of the loaded events (fetched and decoded off the FX
 * thread, a page at a time), a full picture when one is opened, and new ones attached from a file.
 * The map is written on the FX thread only.
 */
public final class EventPhotos {

    /** A photo with its decoded thumbnail. */
    public record Thumb(EventPhoto photo, Image image) {}

    private final PhotoService photos;
    private final TaskRunner tasks;
    private final ObservableMap<UUID, List<Thumb>> thumbs = FXCollections.observableHashMap();

    public EventPhotos(PhotoService photos, TaskRunner tasks) {
        this.photos = photos;
        this.tasks = tasks;
    }

    /** Loads the thumbnails of these events; {@code then} runs on the FX thread with the events that have some. */
    void load(Collection<UUID> eventIds, Consumer<Collection<UUID>> then, Consumer<Throwable> failed) {
        List<UUID> ids = List.copyOf(eventIds);
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(
                "fleet.photos",
                () -> decode(photos.ofEvents(ids)),
                found -> {
                    ids.forEach(thumbs::remove);
                    thumbs.putAll(found);
                    then.accept(found.keySet());
                },
                failed);
    }

    private static Map<UUID, List<Thumb>> decode(Map<UUID, List<EventPhoto>> byEvent) {
        Map<UUID, List<Thumb>> out = new HashMap<>();
        byEvent.forEach((event, list) -> {
            List<Thumb> t = new ArrayList<>();
            for (EventPhoto p : list) {
                t.add(new Thumb(p, new Image(new ByteArrayInputStream(p.thumbnail()))));
            }
            out.put(event, List.copyOf(t));
        });
        return out;
    }

    List<Thumb> of(UUID eventId) {
        return thumbs.getOrDefault(eventId, List.of());
    }

    ObservableMap<UUID, List<Thumb>> thumbs() {
        return thumbs;
    }

    /** The full picture, decoded off the FX thread; {@code show} gets it (absent when it was deleted meanwhile). */
    void open(EventPhoto photo, Consumer<Optional<Image>> show, Consumer<Throwable> failed) {
        tasks.run(
                "fleet.photo",
                () -> photos.content(photo.id()).map(b -> new Image(new ByteArrayInputStream(b))),
                show,
                failed);
    }

    /** Reads, checks and thumbnails the file off the FX thread, then stores it with the event. */
    public void attach(UUID eventId, Path file, Runnable done, Consumer<Throwable> failed) {
        tasks.run(
                "fleet.photo.attach",
                () -> photos.attach(eventId, file),
                p -> load(List.of(eventId), ids -> done.run(), failed),
                failed);
    }
}

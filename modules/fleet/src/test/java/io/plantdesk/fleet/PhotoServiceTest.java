package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Photos on the real database: EXIF time and place, thumbnails, the size limit twice, RLS. */
@ExtendWith(PostgresExtension.class)
class PhotoServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static PhotoService photos;
    static EventService events;
    static ZoneId zone;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Photo plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        photos = new PhotoService(db.jdbiAs(technician), Clock.systemUTC());
        events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        zone = new FleetService(db.jdbiAs(planner), Clock.systemUTC()).plantZone();
    }

    private static VehicleEvent damage(String plate) {
        Vehicle van = FleetFixture.plant(db, planner, plate).van();
        return events.record(EventDraft.of(
                van.id(),
                EventKind.DAMAGE,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                null,
                null,
                "Dent on the door"));
    }

    @Test
    void aCameraPhotoKeepsWhenAndWhereItWasTakenAndGetsAThumbnail() throws Exception {
        VehicleEvent e = damage("PHO 1");
        Path file = Files.write(dir.resolve("dent.jpg"), TestPictures.jpegWithExif(640, 480, "2025:03:14 09:26:53"));
        EventPhoto p = photos.attach(e.id(), file);
        assertThat(p.contentType()).isEqualTo("image/jpeg");
        assertThat(p.fileName()).isEqualTo("dent.jpg");
        assertThat(p.width()).isEqualTo(640);
        assertThat(p.height()).isEqualTo(480);
        assertThat(p.takenAt().toInstant())
                .isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 26, 53).atZone(zone).toInstant());
        assertThat(p.latitude()).isEqualByComparingTo("23.810300");
        assertThat(p.longitude()).isEqualByComparingTo("90.412500");
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(p.thumbnail()));
        assertThat(thumb.getWidth()).isEqualTo(PhotoFile.THUMBNAIL);
        assertThat(thumb.getHeight()).isEqualTo(72);
        assertThat(photos.content(p.id()).orElseThrow()).isEqualTo(Files.readAllBytes(file));
        assertThat(photos.ofEvents(List.of(e.id())).get(e.id()))
                .extracting(EventPhoto::id)
                .containsExactly(p.id());
    }

    @Test
    void aPictureWithoutMetadataHasNoTimeOrPlaceOfItsOwn() throws Exception {
        VehicleEvent e = damage("PHO 2");
        EventPhoto p = photos.attach(e.id(), Files.write(dir.resolve("receipt.png"), TestPictures.png(60, 200)));
        assertThat(p.contentType()).isEqualTo("image/png");
        assertThat(p.takenAt()).isNull();
        assertThat(p.latitude()).isNull();
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(p.thumbnail()));
        assertThat(thumb.getHeight()).isEqualTo(PhotoFile.THUMBNAIL);
        assertThat(thumb.getWidth()).isEqualTo(29);
    }

    @Test
    void tooBigIsRefusedBeforeSendingAndByTheDatabase() throws Exception {
        VehicleEvent e = damage("PHO 3");
        byte[] big = new byte[(int) PhotoFile.MAX_BYTES + 1];
        byte[] head = TestPictures.jpeg(32, 32);
        System.arraycopy(head, 0, big, 0, head.length);
        Path file = Files.write(dir.resolve("huge.jpg"), big);
        assertThatThrownBy(() -> photos.attach(e.id(), file))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("huge.jpg is 5")
                .hasMessageContaining("at most 5 MB");
        // Past the client's check, the database's own limit answers.
        PhotoFile fake = new PhotoFile("huge.jpg", "image/jpeg", big, head, 32, 32, null, null, null);
        assertThatThrownBy(() -> photos.attach(e.id(), fake))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A photo may have at most 5 MB.");
        assertThatThrownBy(() -> photos.attach(e.id(), Files.writeString(dir.resolve("notes.jpg"), "not a picture")))
                .hasMessage("notes.jpg is not a JPEG or PNG picture.");
        assertThat(photos.ofEvents(Set.of(e.id()))).isEmpty();
    }

    @Test
    void driversAddPhotosButDoNotDeleteThemAndOtherPlantsSeeNothing() throws Exception {
        VehicleEvent e = damage("PHO 4");
        PhotoService driver = new PhotoService(db.jdbiAs(operator), Clock.systemUTC());
        EventPhoto p = driver.attach(e.id(), PhotoFile.of("tyre.png", TestPictures.png(100, 100), zone));
        assertThatThrownBy(() -> driver.delete(p.id(), p.version())).isInstanceOf(PlantdeskException.class);

        UUID other = db.createTenant("Other photo plant");
        PhotoService stranger = new PhotoService(db.jdbiAs(db.createUser(other, AppRole.ADMIN)), Clock.systemUTC());
        assertThat(stranger.ofEvents(List.of(e.id()))).isEmpty();
        assertThat(stranger.content(p.id())).isEmpty();
        assertThat(stranger.delete(p.id(), p.version())).isFalse();
        assertThatThrownBy(() -> stranger.attach(e.id(), PhotoFile.of("x.png", TestPictures.png(10, 10), zone)))
                .hasMessage("This event no longer exists.");

        assertThat(photos.delete(p.id(), p.version())).isTrue();
        assertThat(photos.ofEvents(List.of(e.id()))).isEmpty();
        assertThat(photos.content(p.id())).isEmpty();
    }
}

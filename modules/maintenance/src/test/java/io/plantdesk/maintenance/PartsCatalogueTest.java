package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The parts screen's catalogue writes on PostgreSQL as the people's own logins: parts, vendors and
 * stock locations created and edited, a stale edit found by its version, the database's rules
 * refusing what the forms check first (in plant words), and a technician refused by the grants.
 */
@ExtendWith(PostgresExtension.class)
class PartsCatalogueTest {

    static TestDatabase db;
    TestUser planner;
    TestUser otherPlanner;
    TestUser technician;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Catalogue plant " + UUID.randomUUID());
        planner = db.createUser(p, AppRole.PLANNER);
        otherPlanner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
    }

    PartsService as(TestUser u) {
        return new PartsService(db.jdbiAs(u), Clock.systemUTC());
    }

    static PartDraft belt(UUID vendor) {
        return new PartDraft(
                "BLT-10",
                "Timing belt",
                "pcs",
                new BigDecimal("12.50"),
                new BigDecimal("4"),
                new BigDecimal("10"),
                vendor);
    }

    @Test
    void vendorsAndLocationsAreEditedByVersionAndAStaleEditIsFound() {
        UUID v = as(planner).createVendor(new VendorDraft("Dhaka Sewing Spares", "Mr. Alam", "+880 2 555 0101", null));
        Vendor first = as(planner).vendor(v).orElseThrow();
        assertThat(first.version()).isEqualTo(1);

        Vendor saved = as(otherPlanner)
                .saveVendor(v, 1, new VendorDraft("Dhaka Sewing Spares Ltd", "Mr. Alam", null, "sales@example.com"))
                .orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.email()).isEqualTo("sales@example.com");
        // The first planner still edits version 1: refused as stale, nothing overwritten.
        assertThat(as(planner).saveVendor(v, 1, first.draft())).isEmpty();
        assertThat(as(planner).vendors()).extracting(Vendor::name).containsExactly("Dhaka Sewing Spares Ltd");

        UUID l = as(planner).createLocation("Main store");
        Location renamed = as(planner).saveLocation(l, 1, "Main store room").orElseThrow();
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(as(otherPlanner).saveLocation(l, 1, "Store A")).isEmpty();
        assertThat(as(technician).location(l)).map(Location::name).contains("Main store room");
    }

    @Test
    void aPartIsEditedWithItsVendorAndAStaleEditIsFound() {
        UUID v = as(planner).createVendor(new VendorDraft("Juki Parts", null, null, null));
        Part p = as(planner).createPart(belt(null));
        Part edited = as(planner)
                .savePart(
                        p.id(),
                        p.version(),
                        new PartDraft(
                                "BLT-10A",
                                "Timing belt 10 mm",
                                "pcs",
                                new BigDecimal("13"),
                                new BigDecimal("5"),
                                new BigDecimal("12"),
                                v))
                .orElseThrow();
        assertThat(edited.vendorId()).isEqualTo(v);
        assertThat(edited.code()).isEqualTo("BLT-10A");
        assertThat(as(otherPlanner).savePart(p.id(), p.version(), belt(null))).isEmpty();
        assertThat(as(technician).part(p.id()).orElseThrow().version()).isEqualTo(edited.version());
    }

    @Test
    void theDatabaseRefusesInPlantWordsWhatTheFormsCheckFirst() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            as(planner).createPart(belt(null));
            assertThatThrownBy(() -> as(otherPlanner).createPart(belt(null)))
                    .isInstanceOf(PlantdeskException.class)
                    .hasMessage("Another part already has that code.");
            assertThatThrownBy(() ->
                            as(planner).createPart(new PartDraft("-bad code", "Belt", "pcs", null, null, null, null)))
                    .hasMessageStartingWith("A part code starts with a letter or digit");
            assertThatThrownBy(() -> as(planner)
                            .createPart(new PartDraft("X1", "Belt", "pcs", null, null, new BigDecimal("-1"), null)))
                    .hasMessage("A reorder quantity cannot be negative.");
            assertThatThrownBy(() -> as(planner)
                            .createPart(new PartDraft("X2", "Belt", "a very long unit", null, null, null, null)))
                    .hasMessage("A unit (pcs, m, l) is 1 to 12 characters.");
            assertThatThrownBy(() -> as(planner).createVendor(new VendorDraft("V", null, "call me", null)))
                    .hasMessageStartingWith("A phone number is 5 to 20 digits");
            assertThatThrownBy(() -> as(planner).createVendor(new VendorDraft("V", null, null, "not an address")))
                    .hasMessageStartingWith("An e-mail address looks like");
            as(planner).createLocation("Main store");
            assertThatThrownBy(() -> as(planner).createLocation(" main store"))
                    .hasMessage("Another stock location already has that name.");
            assertThatThrownBy(() -> as(planner).createLocation(" "))
                    .hasMessage("A stock location needs a name of at most 80 characters.");
            // Technicians issue and return parts but do not keep the catalogue (V026's grants).
            assertThatThrownBy(() -> as(technician).createVendor(new VendorDraft("Mine", null, null, null)))
                    .isInstanceOf(PlantdeskException.class)
                    .message()
                    .doesNotContain("maint.")
                    .doesNotContain("permission denied");
        } finally {
            Locale.setDefault(before);
        }
    }
}

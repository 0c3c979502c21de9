package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The asset editor's parent picker asks the database a page at a time (a plant with 50,000
 * machines is never loaded whole): only kinds that may hold the asset, found by the start of the
 * code or a word of the name, never the asset itself or one of its parts, only this plant's.
 */
@ExtendWith(PostgresExtension.class)
class AssetParentChoicesTest {

    static AssetService assets;
    static Asset site;
    static Asset line;
    static Asset m001;
    static Asset c1;
    static Asset c2;

    @BeforeAll
    static void plant(TestDatabase db) {
        PlanFixture f = PlanFixture.create(db, "Parent picker plant");
        assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        site = assets.create(AssetDraft.of(null, AssetKind.SITE, "PC", "Gazipur plant"));
        line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "PC-L1", "Sewing line 1"));
        for (int i = 1; i <= 60; i++) {
            Asset m = assets.create(
                    AssetDraft.of(line.id(), AssetKind.MACHINE, String.format("PC-M%03d", i), "Lockstitch " + i));
            if (i == 1) {
                m001 = m;
            }
        }
        c1 = assets.create(AssetDraft.of(m001.id(), AssetKind.COMPONENT, "PC-C1", "Motor"));
        c2 = assets.create(AssetDraft.of(c1.id(), AssetKind.COMPONENT, "PC-C2", "Motor belt"));
        PlanFixture other = PlanFixture.create(db, "Another plant");
        AssetService theirs = new AssetService(db.jdbiAs(other.planner()), Clock.systemUTC());
        Asset s = theirs.create(AssetDraft.of(null, AssetKind.SITE, "OT", "Other site"));
        theirs.create(AssetDraft.of(s.id(), AssetKind.LINE, "OT-L1", "Other finishing line"));
    }

    private static List<String> codes(List<Asset> found) {
        return found.stream().map(Asset::code).toList();
    }

    @Test
    void onlyKindsThatMayHoldTheAssetAPageAtATimeByCode() {
        assertThat(codes(assets.parentChoices(AssetKind.MACHINE, "", null))).containsExactly("PC", "PC-L1");
        assertThat(assets.parentChoices(AssetKind.LINE, "", null))
                .extracting(Asset::code)
                .containsExactly("PC");
        assertThat(assets.parentChoices(AssetKind.SITE, "", null)).isEmpty();
        List<String> components = codes(assets.parentChoices(AssetKind.COMPONENT, "", null));
        assertThat(components).hasSize(AssetService.PARENT_CHOICES).startsWith("PC-C1", "PC-C2", "PC-M001");
        assertThat(components).isSorted();
    }

    @Test
    void foundByTheStartOfTheCodeOrAWordOfTheNameTypedAnyCase() {
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "pc-m05", null)))
                .containsExactly(
                        "PC-M050", "PC-M051", "PC-M052", "PC-M053", "PC-M054", "PC-M055", "PC-M056", "PC-M057",
                        "PC-M058", "PC-M059");
        assertThat(codes(assets.parentChoices(AssetKind.MACHINE, "  SEWING ", null)))
                .containsExactly("PC-L1");
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "belt", null)))
                .containsExactly("PC-C2");
        // Typed as words, not patterns.
        assertThat(assets.parentChoices(AssetKind.COMPONENT, "%", null)).isEmpty();
        assertThat(assets.parentChoices(AssetKind.COMPONENT, "PC_M", null)).isEmpty();
    }

    @Test
    void neverTheAssetItselfOrOneOfItsPartsWhichWouldMakeACycle() {
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "pc-c", null)))
                .containsExactly("PC-C1", "PC-C2");
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "pc-c", c1.id())))
                .isEmpty();
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "pc-", c1.id())))
                .doesNotContain("PC-C1", "PC-C2")
                .contains("PC-M001");
        assertThat(codes(assets.parentChoices(AssetKind.COMPONENT, "pc-", c2.id())))
                .contains("PC-C1")
                .doesNotContain("PC-C2");
    }

    @Test
    void anotherPlantsAssetsAreNeverOffered() {
        assertThat(assets.parentChoices(AssetKind.MACHINE, "other", null)).isEmpty();
        assertThat(assets.parentChoices(AssetKind.MACHINE, "ot", null)).isEmpty();
    }
}

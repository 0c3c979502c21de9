package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.people.PeopleQuery;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The People search and filters run in SQL inside the paged query: the total counts the matches,
 * LIKE's own characters are taken literally, odd input is harmless, and RLS keeps it to the plant.
 */
@ExtendWith(PostgresExtension.class)
class PeopleSearchTest {

    static PeopleService asAdmin;
    static PeopleService asOtherPlant;
    static String tag;

    @BeforeAll
    static void setUp(TestDatabase db) {
        UUID plant = db.createTenant("Search plant");
        asAdmin = new PeopleService(db.jdbiAs(db.createUser(plant, AppRole.ADMIN)), db.ids());
        tag = "q" + Long.toString(System.nanoTime(), 36);
        add("Farzana Begum", "+880 1711-000104", AppRole.OPERATOR, tag + "_farzana");
        add("Amina 50% Rahman", null, AppRole.PLANNER, tag + "_amina");
        add("Moni_Akter", "+880 1811 222333", AppRole.SUPERVISOR, tag + "_moni");
        add("Rafiq O'Neil", null, AppRole.OPERATOR, tag + "_rafiq");
        add("Back\\slash Khan", null, AppRole.TECHNICIAN, tag + "_back");
        Person off = add("Sumi Das!", null, AppRole.OPERATOR, tag + "_sumi");
        asAdmin.setActive(off, false);
        // Another plant with a person of the same name: never seen through the first plant's login.
        UUID other = db.createTenant("Other plant");
        asOtherPlant = new PeopleService(db.jdbiAs(db.createUser(other, AppRole.ADMIN)), db.ids());
        asOtherPlant.create(new NewPerson(
                "Farzana Begum", null, AppRole.OPERATOR, tag + "_elsewhere", "a-long-password".toCharArray()));
    }

    private static Person add(String name, String phone, AppRole role, String login) {
        return asAdmin.create(new NewPerson(name, phone, role, login, "a-long-password".toCharArray()));
    }

    private static List<String> names(PeopleQuery q) {
        return asAdmin.page(q, 0, 100).people().stream()
                .map(Person::displayName)
                .toList();
    }

    @Test
    void searchFindsNameLoginAndPhoneWithoutCaringForCaseOrSpacing() {
        assertThat(names(PeopleQuery.ALL.withText("farzana"))).containsExactly("Farzana Begum");
        assertThat(names(PeopleQuery.ALL.withText("  FARZANA  "))).containsExactly("Farzana Begum");
        assertThat(names(PeopleQuery.ALL.withText(tag + "_mo"))).containsExactly("Moni_Akter");
        assertThat(names(PeopleQuery.ALL.withText("1711000104"))).containsExactly("Farzana Begum");
        assertThat(names(PeopleQuery.ALL.withText("1811 222"))).containsExactly("Moni_Akter");
    }

    @Test
    void likeCharactersAndQuotesAreTakenLiterally() {
        assertThat(names(PeopleQuery.ALL.withText("%"))).containsExactly("Amina 50% Rahman");
        assertThat(names(PeopleQuery.ALL.withText("50%"))).containsExactly("Amina 50% Rahman");
        // "_" would match any one character as a LIKE pattern; every login here has one, so search the names' case.
        assertThat(names(PeopleQuery.ALL.withText("i_a"))).containsExactly("Moni_Akter");
        assertThat(names(PeopleQuery.ALL.withText("!"))).containsExactly("Sumi Das!");
        assertThat(names(PeopleQuery.ALL.withText("O'Neil"))).containsExactly("Rafiq O'Neil");
        assertThat(names(PeopleQuery.ALL.withText("'"))).containsExactly("Rafiq O'Neil");
        assertThat(names(PeopleQuery.ALL.withText("\\"))).containsExactly("Back\\slash Khan");
        assertThat(names(PeopleQuery.ALL.withText("k\\s"))).containsExactly("Back\\slash Khan");
        assertThat(names(PeopleQuery.ALL.withText("'; drop table core.person; --")))
                .isEmpty();
    }

    @Test
    void blankOrOverlongInputIsHarmless() {
        int all = asAdmin.page(PeopleQuery.ALL, 0, 100).total();
        assertThat(asAdmin.page(PeopleQuery.ALL.withText("    "), 0, 100).total())
                .isEqualTo(all);
        assertThat(names(PeopleQuery.ALL.withText("x".repeat(100_000)))).isEmpty();
        assertThat(names(PeopleQuery.ALL.withText("Farzana" + " ".repeat(500) + "x")))
                .isEmpty();
    }

    @Test
    void theTotalCountsEveryMatchNotOnlyThePage() {
        PeopleService.Page page = asAdmin.page(PeopleQuery.ALL.withText(tag), 0, 2);
        assertThat(page.people()).hasSize(2);
        assertThat(page.total()).isEqualTo(6);
        PeopleService.Page last = asAdmin.page(PeopleQuery.ALL.withText(tag), 4, 2);
        assertThat(last.people()).hasSize(2);
    }

    @Test
    void roleAndStatusFiltersCombineWithTheSearch() {
        assertThat(names(PeopleQuery.ALL.withText(tag).withRole(AppRole.OPERATOR)))
                .containsExactly("Farzana Begum", "Rafiq O'Neil", "Sumi Das!");
        assertThat(names(
                        PeopleQuery.ALL.withText(tag).withRole(AppRole.OPERATOR).withActive(true)))
                .containsExactly("Farzana Begum", "Rafiq O'Neil");
        assertThat(names(PeopleQuery.ALL.withActive(false))).containsExactly("Sumi Das!");
        assertThat(asAdmin.page(PeopleQuery.ALL.withText(tag).withActive(false), 0, 100)
                        .total())
                .isEqualTo(1);
    }

    @Test
    void anotherPlantsPeopleNeverMatch() {
        assertThat(names(PeopleQuery.ALL.withText(tag + "_elsewhere"))).isEmpty();
        assertThat(asOtherPlant
                        .page(PeopleQuery.ALL.withText("Farzana"), 0, 100)
                        .people())
                .extracting(Person::loginRole)
                .containsExactly(tag + "_elsewhere");
    }
}

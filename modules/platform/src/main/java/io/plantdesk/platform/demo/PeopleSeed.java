package io.plantdesk.platform.demo;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import java.util.List;

/**
 * The demo plant's people, one or more in every role; the first of each role is the one "Try the
 * demo plant" logs in as. Each gets a random password nobody knows until the demo resets it.
 */
public final class PeopleSeed implements DemoSeed {

    public static final String NAME = "people";

    /** A demo person. */
    record DemoPerson(String name, String phone, AppRole role, String login) {}

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Amina Rahman", "+880 1711 000101", AppRole.ADMIN, "demo_admin"),
            new DemoPerson("Karim Hossain", "+880 1711 000102", AppRole.PLANNER, "demo_planner"),
            new DemoPerson("Nusrat Jahan", "+880 1711 000103", AppRole.SUPERVISOR, "demo_supervisor"),
            new DemoPerson("Rafiq Islam", "+880 1711 000104", AppRole.TECHNICIAN, "demo_technician"),
            new DemoPerson("Shirin Akter", "+880 1711 000105", AppRole.OPERATOR, "demo_operator"),
            new DemoPerson("Mahmudul Hasan", "+880 1711 000106", AppRole.SUPERVISOR, "demo_supervisor2"),
            new DemoPerson("Farzana Begum", "+880 1711 000107", AppRole.OPERATOR, "demo_operator2"),
            new DemoPerson("Jamal Uddin", "+880 1711 000108", AppRole.OPERATOR, "demo_operator3"),
            new DemoPerson("Rokeya Khatun", null, AppRole.OPERATOR, "demo_operator4"),
            new DemoPerson("Sohel Rana", "+880 1711 000110", AppRole.TECHNICIAN, "demo_technician2"),
            new DemoPerson("Taslima Sultana", "+880 1711 000111", AppRole.PLANNER, "demo_planner2"),
            new DemoPerson("Farhana Yasmin", "+880 1711 000112", AppRole.ADMIN, "demo_admin2"));

    /** The login "Try the demo plant" uses for a role. */
    static String loginFor(AppRole role) {
        return PEOPLE.stream()
                .filter(p -> p.role() == role)
                .findFirst()
                .orElseThrow()
                .login();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void seed(Plant plant) {
        for (DemoPerson p : PEOPLE) {
            if (!plant.admin().loginExists(plant.handle(), p.login())) {
                plant.admin()
                        .createPerson(
                                plant.handle(),
                                plant.tenant(),
                                new NewPerson(p.name(), p.phone(), p.role(), p.login(), DemoPlant.randomPassword()));
            }
        }
    }
}

package io.plantdesk.maintenance.ui;

import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plant's people, for pickers (assign, labour) and for naming who did what: the database
 * stamps history with login roles, and a screen shows people's names.
 *
 * @param active the active people, by name
 */
public record PlantPeople(List<Person> active, Map<String, String> nameByLogin, Map<UUID, String> nameById) {

    public static final PlantPeople NONE = new PlantPeople(List.of(), Map.of(), Map.of());

    /** Loads them (I/O: call on the TaskRunner). A plant has hundreds of people at most. */
    public static PlantPeople load(PeopleService people) {
        return of(people.page(0, 10_000).people());
    }

    /** From a list already loaded (the technician's cache, with the server away). */
    public static PlantPeople of(List<Person> all) {
        Map<String, String> byLogin = new HashMap<>();
        Map<UUID, String> byId = new HashMap<>();
        for (Person p : all) {
            byLogin.put(p.loginRole(), p.displayName());
            byId.put(p.id(), p.displayName());
        }
        List<Person> active = all.stream()
                .filter(Person::active)
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PlantPeople(active, Map.copyOf(byLogin), Map.copyOf(byId));
    }

    /**
     * A login as a person's name; Plantdesk's own roles (demo seeds, the generator) as {@code setup},
     * and an unknown or empty one as {@code someone}.
     */
    public String name(String login, String setup, String someone) {
        if (login == null || login.isBlank()) {
            return someone;
        }
        String n = nameByLogin.get(login);
        if (n != null) {
            return n;
        }
        return login.equals("postgres") || login.startsWith("plantdesk_") ? setup : someone;
    }
}

package io.plantdesk.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo seeds run after the seeds they name, whatever order the class path lists them in. */
class DemoSeedsTest {

    private record Seed(String name, Set<String> after) implements DemoSeed {
        @Override
        public void seed(Plant plant) {}
    }

    @Test
    void dependenciesRunFirstAndTheRestByName() {
        List<DemoSeed> ordered = DemoSeeds.order(List.of(
                new Seed("sewing", Set.of("maintenance", "people")),
                new Seed("activity", Set.of("people")),
                new Seed("maintenance", Set.of("people")),
                new Seed("people", Set.of())));
        assertThat(ordered).extracting(DemoSeed::name).containsExactly("people", "activity", "maintenance", "sewing");
    }

    @Test
    void aMissingDependencyACycleAndATakenNameAreRefusedByName() {
        assertThatThrownBy(() -> DemoSeeds.order(List.of(new Seed("sewing", Set.of("maintenance")))))
                .hasMessageContaining("\"sewing\" needs \"maintenance\"");
        assertThatThrownBy(() -> DemoSeeds.order(List.of(new Seed("a", Set.of("b")), new Seed("b", Set.of("a")))))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> DemoSeeds.order(List.of(new Seed("a", Set.of()), new Seed("a", Set.of()))))
                .hasMessageContaining("Two demo seeds");
    }

    @Test
    void thePlatformRegistersThePeopleSeed() {
        assertThat(DemoSeeds.discover()).extracting(DemoSeed::name).contains(PeopleSeed.NAME);
    }
}

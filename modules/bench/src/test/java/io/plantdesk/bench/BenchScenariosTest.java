package io.plantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.bench.ScaleGenerator;
import org.junit.jupiter.api.Test;

/** The harness finds the modules' scenarios and generators, and the older command lines still pick theirs. */
class BenchScenariosTest {

    @Test
    void everyModulesScenarioAndGeneratorIsFound() {
        assertThat(Bench.scenarios())
                .extracting(BenchScenario::name)
                .containsExactly(
                        "activity", "fleet", "generate", "maintenance", "outbox", "sewing", "startup", "tracker");
        assertThat(Bench.generators()).extracting(ScaleGenerator::name).contains("audit_log", "work_order");
    }

    @Test
    void theOlderFlagsStillNameTheirScenario() {
        assertThat(Bench.scenarioName(BenchArgs.of("--rows", "1000"))).isEqualTo("activity");
        assertThat(Bench.scenarioName(BenchArgs.of("--reuse", "/tmp/x"))).isEqualTo("activity");
        assertThat(Bench.scenarioName(BenchArgs.of("--tracker", "--samples", "5")))
                .isEqualTo("tracker");
        assertThat(Bench.scenarioName(BenchArgs.of("--startup", "/opt/plantdesk/bin/Plantdesk")))
                .isEqualTo("startup");
        assertThat(Bench.scenarioName(BenchArgs.of("--scenario", "generate", "--rows", "10")))
                .isEqualTo("generate");
        assertThat(BenchArgs.of("--rows", "15_000_000").number("--rows", 1)).isEqualTo(15_000_000L);
    }
}

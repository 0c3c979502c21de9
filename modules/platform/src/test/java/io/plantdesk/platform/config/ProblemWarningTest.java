package io.plantdesk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Probe of issue 13, round 2: profile warnings ended in a double full stop ("custom..", "65535.."). */
class ProblemWarningTest {

    @Test
    void aProblemThatEndsInAFullStopGetsNoSecondOne() {
        Path file = Path.of("profiles.properties");
        String w = new PropertiesFile.Problem(file, 3, "The port 99999 is not a port from 1 to 65535.")
                .warning("That profile is left out until it is fixed.", Path.of("copy"));
        assertThat(w).doesNotContain("..").contains("65535. That profile");
        assertThat(new PropertiesFile.Problem(file, 4, "no full stop").warning("Left out.", Path.of("c")))
                .contains("no full stop. Left out.");
    }
}

package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 2: a feature uses another only through its {@code api} package. ArchitectureTest
 * (app) catches a class of maintenance used outside its api, but not SQL text: a query naming
 * {@code maint.asset} in a .sql file or a Java string compiles to nothing ArchUnit sees. So the
 * sewing module's own sources (Java and resources, the bench included) are read here for a
 * reference to maintenance's schema.
 */
class ReadsMaintenanceThroughItsApiTest {

    private static final Pattern MAINT = Pattern.compile("\\bmaint\\.");

    @Test
    void sewingsSourcesNeverNameMaintenancesSchema() throws IOException {
        Path main = Path.of("src", "main");
        assertThat(main.resolve("java/io/plantdesk/sewing/FloorSetupService.java"))
                .as("run from the sewing module's folder")
                .exists();
        List<String> found;
        try (Stream<Path> files = Files.walk(main)) {
            found = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .flatMap(p -> lines(p).stream())
                    .toList();
        }
        assertThat(found)
                .as("sewing reads machines and work orders through io.plantdesk.maintenance.api, never maint.*")
                .isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, all.size())
                    .filter(i -> MAINT.matcher(all.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + all.get(i).strip())
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

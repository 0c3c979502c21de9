package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.ui.earnings.OperatorDaysViewModel;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The operators' days view model: the dates it starts with, reloading on a change, the total and the CSV it saves. */
@ExtendWith(PostgresExtension.class)
class OperatorDaysViewModelTest {

    @Test
    void theLastSevenDaysReloadOnADateChangeAndExportWhatIsShown(TestDatabase db, @TempDir Path dir) throws Exception {
        Floor floor = Floor.build(db, "ODV");
        new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty())
                .scan(QualityServiceTest.scan(floor.bundles().get(0), floor.join(), floor.ana(), "2026-03-02T07:10"));
        Clock march = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);
        OperatorDaysViewModel vm = new OperatorDaysViewModel(
                new OperatorDays(db.jdbiAs(floor.supervisor()), march), TaskRunner.sameThread(), march);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 3, 4));
        vm.refresh();
        assertThat(vm.rows())
                .singleElement()
                .satisfies(d -> assertThat(d.pieces()).isEqualTo(20));
        assertThat(vm.totalProperty().get()).isEqualByComparingTo("0.40");
        vm.fromProperty().set(LocalDate.of(2026, 3, 3));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.totalProperty().get()).isEqualByComparingTo("0");
        vm.fromProperty().set(LocalDate.of(2026, 3, 2));

        Path file = dir.resolve("days.csv");
        Files.writeString(file, "an older export");
        vm.exportCsv(file);
        assertThat(vm.exportProperty().get().written()).isEqualTo(file);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .hasSize(2)
                .first()
                .isEqualTo(OperatorDays.CSV_HEADER);
        vm.exportCsv(dir.resolve("no-such-folder").resolve("days.csv"));
        assertThat(vm.exportProperty().get().error()).isNotBlank();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("days.csv");
        }
    }
}

package io.plantdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.operations.ui.OperationsViewModel;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.rollup.RollupService;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.ui.i18n.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Run now" of the Operations view, without the FX toolkit: progress and outcome through the task runner. */
@ExtendWith(PostgresExtension.class)
class OperationsViewModelTest {

    @Test
    void runNowReportsProgressThenTheOutcomeAndReloadsTheJobs(TestDatabase db) {
        UUID plant = db.createTenant("Operations plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "select ?, now() - make_interval(days => d), 'core.person', 'p', 'UPDATE', 'someone' from generate_series(2, 80) d",
                        plant));
        Messages m = Messages.of("io.plantdesk.operations.ui.messages", OperationsViewModelTest.class);
        try (RollupScheduler scheduler = new RollupScheduler(new RollupRunner(db.jdbiAs(planner)), o -> {})) {
            OperationsViewModel vm = new OperationsViewModel(
                    new RollupService(db.jdbiAs(planner)), scheduler, TaskRunner.sameThread(), Clock.systemUTC(), m);
            List<String> texts = new ArrayList<>();
            vm.progressTextProperty().addListener((o, a, b) -> texts.add(b));
            vm.runNow("activity");
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(texts.getFirst()).isEqualTo(m.get("operations.running", "activity"));
            assertThat(texts).anyMatch(t -> t.matches("activity: \\d+ of (one period|\\d+ periods)"));
            assertThat(texts.getLast())
                    .matches("activity: (one period|\\d+ periods) recomputed from (no rows|one row|\\d+ rows)");
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.jobs()).anyMatch(j -> j.job().equals("activity") && j.pendingBuckets() == 0);

            vm.runNow("no_such_job");
            assertThat(vm.progressTextProperty().get()).startsWith("no_such_job failed: ");
        }
    }
}

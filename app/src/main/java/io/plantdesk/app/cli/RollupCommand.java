package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.rollup.HeadlessRollups;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "rollup",
        mixinStandardHelpOptions = true,
        description = "Run the metric rollups that feed the dashboards.",
        subcommands = RollupCommand.Run.class)
final class RollupCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: run");
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description =
                    "Catch every plant's rollups up (in bounded chunks); with --loop keep doing so on the jobs' interval.")
    static final class Run implements Callable<Integer> {

        private final AppContext ctx;

        @Mixin
        AdminTarget target;

        @Option(names = "--job", paramLabel = "NAME", description = "Only this job (default: all registered jobs).")
        String job;

        @Option(names = "--loop", description = "Keep running until stopped (Ctrl-C).")
        boolean loop;

        Run(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws InterruptedException {
            AdminTarget.Opened db = target.open(ctx);
            HeadlessRollups rollups = new HeadlessRollups(db.dataSource());
            List<String> jobs = job == null ? rollups.jobs() : List.of(job);
            if (job != null && !rollups.jobs().contains(job)) {
                throw new PlantdeskException(
                        "There is no rollup job \"" + job + "\".", "Known jobs: " + rollups.jobs());
            }
            int[] failures = {0};
            Consumer<HeadlessRollups.Result> report = r -> {
                if (r.error() != null) {
                    failures[0]++;
                    System.err.printf("%s %s: failed: %s%n", r.plant(), r.job(), r.error());
                } else if (r.busy()) {
                    System.out.printf("%s %s: busy (another client is on it)%n", r.plant(), r.job());
                } else {
                    System.out.printf(
                            "%s %s: %d bucket(s) recomputed, %d rows read%n",
                            r.plant(), r.job(), r.buckets(), r.rowsRead());
                }
            };
            if (loop) {
                // Survives a database restart: says so, backs off, and carries on (Ctrl-C ends it).
                // On the embedded server, a server that stopped under it (killed, or stopped from outside)
                // is started again, or the one another Plantdesk started again is used.
                HeadlessRollups.Reviver reviver = target.embedded() ? ctx.embedded()::reviveIfStopped : Optional::empty;
                rollups.loop(
                        job,
                        report,
                        line -> System.err.println("plantdesk: " + line),
                        d -> Thread.sleep(d.toMillis()),
                        reviver);
                return 0;
            }
            rollups.runAll(jobs, report);
            return failures[0] == 0 ? 0 : 2;
        }
    }
}

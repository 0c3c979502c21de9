package io.plantdesk.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The task runner's rules with a real worker pool and a callback queue standing in for the FX
 * thread (the test thread drains it, as the FX thread would run its runLater queue).
 */
class ExecutorTaskRunnerTest {

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final TaskRunner tasks = new ExecutorTaskRunner(workers, fx::add);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** Runs the "FX thread" until no callback arrives for a moment. */
    private void drain() throws InterruptedException {
        Runnable r;
        while ((r = fx.poll(300, TimeUnit.MILLISECONDS)) != null) {
            r.run();
        }
    }

    @Test
    void aCancelledTaskNeverCallsBackEvenWhenItsWorkFinished() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        TaskRunner.Handle h = tasks.run(
                "slow",
                () -> {
                    finished.countDown();
                    return "result";
                },
                r -> seen.add("success " + r),
                e -> seen.add("error " + e));
        finished.await();
        h.cancel(); // the result may already sit in the FX queue: it must still be dropped
        drain();
        assertThat(seen).isEmpty();
        assertThat(h.isDone()).isTrue();
    }

    @Test
    void aNewerRequestForTheSameKeyDropsTheOlderResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        tasks.latest(
                "people",
                () -> {
                    release.await(); // the older, slow request: interrupted by the newer one
                    return "old";
                },
                r -> seen.add(r),
                e -> seen.add("old failed"));
        tasks.latest("people", () -> "new", r -> seen.add(r), e -> seen.add("new failed"));
        release.countDown();
        drain();
        assertThat(seen).containsExactly("new");
        tasks.latest("other", () -> "independent", r -> seen.add(r), e -> {});
        drain();
        assertThat(seen).containsExactly("new", "independent");
    }

    @Test
    void progressArrivesOnTheCallbackThreadInOrderAndStopsAtCancel() throws Exception {
        Thread fxThread = Thread.currentThread();
        List<Thread> where = new CopyOnWriteArrayList<>();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        TaskRunner.Handle h = tasks.run(
                "import",
                p -> {
                    p.report(0.25, "a quarter");
                    p.report(0.5, "half");
                    halfway.countDown();
                    goOn.await(5, TimeUnit.SECONDS);
                    p.report(0.75, "after cancel");
                    return p.cancelled() ? "stopped" : "done";
                },
                step -> {
                    where.add(Thread.currentThread());
                    seen.add(step.message());
                },
                r -> seen.add(r),
                e -> seen.add("error"));
        halfway.await();
        drain();
        h.cancel();
        goOn.countDown();
        drain();
        assertThat(seen).containsExactly("a quarter", "half");
        assertThat(where).allMatch(t -> t == fxThread);
    }

    @Test
    void theSameThreadRunnerNeedsNoToolkitAndDeliversAtOnce() {
        TaskRunner same = TaskRunner.sameThread();
        same.run("ok", () -> 42, r -> seen.add("got " + r), e -> seen.add("error"));
        same.run(
                "fails",
                () -> {
                    throw new IllegalStateException("no server");
                },
                r -> seen.add("got"),
                e -> seen.add("error " + e.getMessage()));
        same.run(
                "steps",
                p -> {
                    p.report(1, "all");
                    return "x";
                },
                s -> seen.add(s.message()),
                r -> seen.add(r),
                e -> {});
        assertThat(seen).containsExactly("got 42", "error no server", "all", "x");
    }
}

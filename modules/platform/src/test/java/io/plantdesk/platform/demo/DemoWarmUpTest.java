package io.plantdesk.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The warm-up never hides a failure: "Try the demo plant" tries again and shows that error. */
class DemoWarmUpTest {

    @Test
    void aFailedWarmUpIsRetriedWhenAskedAndItsErrorReachesTheCaller() throws Exception {
        AtomicInteger starts = new AtomicInteger();
        Supplier<EmbeddedServer> broken = () -> {
            starts.incrementAndGet();
            throw new IllegalStateException("port 15432 is taken");
        };
        DemoPlant demo = new DemoPlant(new Ids(Clock.systemUTC()));
        demo.warmUp(broken);
        demo.warmUp(broken); // once only

        assertThatThrownBy(() -> demo.ready(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port 15432 is taken");
        assertThat(starts).hasValue(2); // the warm-up's attempt, then the button's
    }

    @Test
    void withoutAWarmUpTheDemoIsPreparedWhenAsked() {
        AtomicInteger starts = new AtomicInteger();
        DemoPlant demo = new DemoPlant(new Ids(Clock.systemUTC()));
        assertThatThrownBy(() -> demo.ready(() -> {
                    starts.incrementAndGet();
                    throw new IllegalStateException("no binaries");
                }))
                .hasMessageContaining("no binaries");
        assertThat(starts).hasValue(1);
    }
}

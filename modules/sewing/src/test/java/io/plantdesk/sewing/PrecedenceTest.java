package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operation precedence lives in the database and never has a cycle, whoever writes it. */
@ExtendWith(PostgresExtension.class)
class PrecedenceTest {

    static TestDatabase db;
    static Floor floor;
    static BulletinService bulletin;
    static List<Operation> collar;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "PREC");
        FloorSetupService setup = new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        Style polo = setup.createStyle(
                "POLO-1",
                "Polo",
                List.of(
                        OperationDraft.of(10, "Attach collar", "1.2", "0.05"),
                        OperationDraft.of(20, "Topstitch collar", "0.8", "0.03"),
                        OperationDraft.of(30, "Side seam", "2.0", "0.08")));
        bulletin = new BulletinService(db.jdbiAs(floor.supervisor()), Clock.systemUTC());
        collar = bulletin.bulletin(polo.id());
    }

    @Test
    void aChainIsKeptAndTheEdgeThatWouldCloseACycleIsRefusedWithBothNames() {
        Operation attach = collar.get(0);
        Operation topstitch = collar.get(1);
        Operation side = collar.get(2);
        Precedence first = bulletin.require(topstitch.id(), attach.id());
        bulletin.require(side.id(), topstitch.id());
        assertThat(bulletin.precedence(attach.styleId())).hasSize(2);

        // Attach collar waiting for Side seam would close Attach -> Topstitch -> Side -> Attach.
        assertThatThrownBy(() -> bulletin.require(attach.id(), side.id()))
                .hasMessage(
                        "\"Attach collar\" already comes before \"Side seam\" (directly or through other operations), "
                                + "so it cannot also wait for it.");
        assertThatThrownBy(() -> bulletin.require(attach.id(), topstitch.id()))
                .hasMessageContaining("\"Attach collar\" already comes before \"Topstitch collar\"");
        assertThatThrownBy(() -> bulletin.require(attach.id(), attach.id()))
                .hasMessage("An operation cannot wait for itself.");
        assertThatThrownBy(() -> bulletin.require(topstitch.id(), attach.id()))
                .hasMessage("That operation already waits for this one.");
        // Another style's operation cannot be waited for.
        assertThatThrownBy(() -> bulletin.require(floor.hem().id(), attach.id()))
                .hasMessage("An operation can only wait for an operation of the same style.");

        // Without the first link, the reverse order is allowed.
        bulletin.release(first.id());
        bulletin.require(attach.id(), topstitch.id());
        assertThat(bulletin.precedence(attach.styleId()))
                .extracting(Precedence::requiresId)
                .containsExactlyInAnyOrder(topstitch.id(), topstitch.id());
    }

    @Test
    void twoEditorsAddingOppositeOrdersAtOnceLeaveNoCycle() throws Exception {
        Operation join = floor.join();
        Operation hem = floor.hem();
        String insert = "insert into sewing.operation_precedence (tenant_id, id, operation_id, requires_id) "
                + "values (core.current_tenant(), ?, ?, ?)";
        try (var first = db.jdbiAs(floor.supervisor()).open();
                var second = db.jdbiAs(floor.admin()).open()) {
            first.begin();
            first.execute(insert, UUID.randomUUID(), hem.id(), join.id());
            second.begin();
            CompletableFuture<String> pending = CompletableFuture.supplyAsync(() -> {
                try {
                    second.execute(insert, UUID.randomUUID(), join.id(), hem.id());
                    return "written";
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
            });
            Thread.sleep(300);
            assertThat(pending)
                    .as("the second waits for the first's style lock")
                    .isNotDone();
            first.commit();
            assertThat(pending.get(10, TimeUnit.SECONDS)).contains("\"Join shoulders\" already comes before \"Hem\"");
            second.rollback();
        }
        assertThat(bulletin.precedence(join.styleId()))
                .extracting(Precedence::operationId)
                .containsExactly(hem.id());
    }
}

package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments, attachments and field history of a work order on PostgreSQL, as the plant's own
 * logins under RLS: another plant sees none of them, the database itself refuses an oversized
 * file, and a save's changes come back one field at a time.
 */
@ExtendWith(PostgresExtension.class)
class WorkOrderNotesTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser stranger;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Notes plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        stranger = db.createUser(db.createTenant("Other plant"), AppRole.ADMIN);
    }

    static WorkOrderNotes notes(TestUser u) {
        return new WorkOrderNotes(db.jdbiAs(u), Clock.systemUTC());
    }

    static WorkOrder workOrder(String title) {
        return new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of(title, WorkOrderType.CORRECTIVE));
    }

    @Test
    void commentsAreSignedByTheLoginAndKeptInOrder() {
        WorkOrder w = workOrder("Thread breaks");
        notes(planner).comment(w.id(), "  Please check the tension first.  ");
        List<Comment> all = notes(technician).comment(w.id(), "Tension fine; the needle was bent.");
        assertThat(all)
                .extracting(Comment::body)
                .containsExactly("Please check the tension first.", "Tension fine; the needle was bent.");
        assertThat(all).extracting(Comment::byLogin).containsExactly(planner.login(), technician.login());
        assertThat(all.get(0).at()).isBeforeOrEqualTo(all.get(1).at());
    }

    @Test
    void emptyOrOverlongCommentsAreRefusedWithASentence() {
        WorkOrder w = workOrder("Empty comment");
        assertThatThrownBy(() -> notes(planner).comment(w.id(), "   "))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("Write something");
        assertThatThrownBy(() -> notes(planner).comment(w.id(), "x".repeat(4001)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("at most 4,000 characters; this one has 4,001");
        // The constraint holds for any client, not only this service.
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(h -> h.attach(WorkOrderNotesDao.class)
                                .insertComment(UUID.randomUUID(), w.id(), "x".repeat(4001))))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("work_order_comment_body");
    }

    @Test
    void commentsCannotBeChangedOrDeletedAfterwards() {
        WorkOrder w = workOrder("Append only");
        notes(technician).comment(w.id(), "Done.");
        assertThatThrownBy(() -> db.jdbiAs(technician)
                        .useHandle(h -> h.execute("update maint.work_order_comment set body = 'Not done.'")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.jdbiAs(planner).useHandle(h -> h.execute("delete from maint.work_order_comment")))
                .hasMessageContaining("permission denied");
    }

    @Test
    void anotherPlantSeesNoCommentsNoAttachmentsAndNoHistory() {
        WorkOrder w = workOrder("Private");
        notes(planner).comment(w.id(), "Only our plant reads this.");
        Attachment a =
                notes(planner).attach(w.id(), new NewAttachment("note.txt", "text/plain", "secret".getBytes(), null));
        new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .save(w.id(), w.version(), w.draft().withPriority(Priority.HIGH));
        assertThat(notes(stranger).comments(w.id())).isEmpty();
        assertThat(notes(stranger).attachments(w.id())).isEmpty();
        assertThat(notes(stranger).changes(w.id())).isEmpty();
        assertThatThrownBy(() -> notes(stranger).content(a.id()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("no longer exists");
        int comments = db.jdbiAs(stranger)
                .withHandle(h -> h.createQuery("select count(*) from maint.work_order_comment")
                        .mapTo(Integer.class)
                        .one());
        int files = db.jdbiAs(stranger)
                .withHandle(h -> h.createQuery("select count(*) from maint.attachment")
                        .mapTo(Integer.class)
                        .one());
        assertThat(comments).isZero();
        assertThat(files).isZero();
        // Nor can it attach to our work order: the foreign key includes the plant.
        assertThatThrownBy(() -> notes(stranger).comment(w.id(), "Hello")).isInstanceOf(PlantdeskException.class);
        // Our own plant still sees them.
        assertThat(notes(technician).changes(w.id())).isNotEmpty();
    }

    @Test
    void attachmentsListWithoutTheirBytesAndOpenOnDemand() {
        WorkOrder w = workOrder("Photo of the fault");
        byte[] photo = new byte[300_000];
        Arrays.fill(photo, (byte) 7);
        byte[] thumb = {1, 2, 3};
        Attachment a = notes(technician).attach(w.id(), new NewAttachment("fault.jpg", "image/jpeg", photo, thumb));
        assertThat(a.sizeBytes()).isEqualTo(300_000);
        assertThat(a.byLogin()).isEqualTo(technician.login());
        List<Attachment> list = notes(planner).attachments(w.id());
        assertThat(list).singleElement().satisfies(x -> {
            assertThat(x.fileName()).isEqualTo("fault.jpg");
            assertThat(x.thumbnail()).containsExactly(1, 2, 3);
        });
        assertThat(notes(planner).content(a.id())).isEqualTo(photo);
    }

    @Test
    void anOversizedFileIsRefusedByTheServiceAndByTheDatabase() {
        WorkOrder w = workOrder("Big file");
        byte[] big = new byte[(int) (14.2 * 1024 * 1024)];
        assertThatThrownBy(() ->
                        notes(planner).attach(w.id(), new NewAttachment("scan.pdf", "application/pdf", big, null)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("The file is 14.2 MB; attachments can be at most 10 MB.");
        byte[] justOver = new byte[Attachment.MAX_BYTES + 1];
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(h -> h.attach(WorkOrderNotesDao.class)
                                .insertAttachment(
                                        UUID.randomUUID(),
                                        w.id(),
                                        new NewAttachment("x.bin", "application/octet-stream", justOver, null))))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("attachment_size");
        byte[] atLimit = new byte[Attachment.MAX_BYTES];
        assertThat(notes(planner)
                        .attach(w.id(), new NewAttachment("x.bin", "application/octet-stream", atLimit, null))
                        .sizeBytes())
                .isEqualTo(Attachment.MAX_BYTES);
        assertThatThrownBy(() ->
                        notes(planner).attach(w.id(), new NewAttachment("a/b.txt", "text/plain", new byte[1], null)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("file name");
    }

    @Test
    void eachSavedFieldIsOneChangeWithItsOldAndNewValue() {
        WorkOrderService s = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
        WorkOrder w = workOrder("Motor hums");
        SaveResult r = new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                .save(
                        w.id(),
                        w.version(),
                        w.draft()
                                .withPriority(Priority.HIGH)
                                .withHours(new BigDecimal("2.5"), null)
                                .withTags(List.of("motor", "noise")));
        assertThat(r).isInstanceOf(SaveResult.Saved.class);
        s.changeStatus(w.id(), io.plantdesk.maintenance.api.WorkOrderStatus.APPROVED);
        List<FieldChange> changes = notes(planner).changes(w.id());
        // The status step is in the status history, not here; the search vector is no field.
        assertThat(changes)
                .extracting(FieldChange::field)
                .containsExactlyInAnyOrder(
                        WorkOrderField.PRIORITY, WorkOrderField.ESTIMATED_HOURS, WorkOrderField.TAGS);
        assertThat(changes).allSatisfy(c -> assertThat(c.byLogin()).isEqualTo(technician.login()));
        FieldChange priority = changes.stream()
                .filter(c -> c.field() == WorkOrderField.PRIORITY)
                .findFirst()
                .orElseThrow();
        assertThat(priority.before()).isEqualTo("3");
        assertThat(priority.after()).isEqualTo("2");
        FieldChange tags = changes.stream()
                .filter(c -> c.field() == WorkOrderField.TAGS)
                .findFirst()
                .orElseThrow();
        assertThat(tags.before()).isNull();
        assertThat(tags.after()).isEqualTo("motor, noise");
        FieldChange hours = changes.stream()
                .filter(c -> c.field() == WorkOrderField.ESTIMATED_HOURS)
                .findFirst()
                .orElseThrow();
        assertThat(hours.before()).isNull();
        assertThat(new BigDecimal(hours.after())).isEqualByComparingTo("2.5");
    }
}

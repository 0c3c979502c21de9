package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Attachment;
import io.plantdesk.maintenance.Comment;
import io.plantdesk.maintenance.NewAttachment;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.platform.config.PrivateFiles;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comments and attachments of the work order in the editor. Every file is read, checked
 * (its size first, so a 14 MB file is refused before it is read), previewed and sent on the
 * TaskRunner; the FX thread only gets the result.
 */
public final class NotesModel {

    private final WorkOrderNotes service;
    private final TaskRunner tasks;
    private final Supplier<UUID> workOrder;
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();

    NotesModel(WorkOrderNotes service, TaskRunner tasks, Supplier<UUID> workOrder) {
        this.service = service;
        this.tasks = tasks;
        this.workOrder = workOrder;
    }

    WorkOrderNotes service() {
        return service;
    }

    public ObservableList<Comment> comments() {
        return comments;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    /** Adds a comment; the list reloads with everyone's comments, so one added meanwhile shows too. */
    public void comment(String text, Runnable done, Consumer<String> failed) {
        UUID id = workOrder.get();
        tasks.run(
                "add comment",
                () -> service.comment(id, text),
                list -> {
                    comments.setAll(list);
                    done.run();
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    /** Attaches files one after another; stops at the first refused one and says why. */
    public void attach(List<Path> files, Runnable done, Consumer<String> failed) {
        UUID id = workOrder.get();
        tasks.run(
                "attach files",
                () -> {
                    for (Path f : files) {
                        long size = Files.size(f);
                        if (size > Attachment.MAX_BYTES) {
                            throw WorkOrderNotes.tooBig(size);
                        }
                        byte[] bytes = Files.readAllBytes(f);
                        String name = f.getFileName().toString();
                        String type = Thumbnails.mediaType(name);
                        service.attach(id, new NewAttachment(name, type, bytes, Thumbnails.of(bytes, type)));
                    }
                    return service.attachments(id);
                },
                list -> {
                    attachments.setAll(list);
                    done.run();
                },
                e -> {
                    // Whatever was attached before the refused file stays attached; show it.
                    tasks.run("reload attachments", () -> service.attachments(id), attachments::setAll, ignored -> {});
                    failed.accept(ErrorText.of(e));
                });
    }

    /** Writes an attachment's bytes to a file the person chose. */
    public void saveAs(Attachment a, Path target, Runnable done, Consumer<String> failed) {
        tasks.run(
                "save attachment",
                () -> Files.write(target, service.content(a.id())),
                p -> done.run(),
                e -> failed.accept(ErrorText.of(e)));
    }

    /**
     * Writes an attachment to a private temporary folder (only this OS account reads it) and hands
     * it to {@code open} (the desktop's program for the file), on the TaskRunner.
     */
    public void open(Attachment a, Consumer<Path> open, Runnable done, Consumer<String> failed) {
        tasks.run(
                "open attachment",
                () -> {
                    Path dir = Files.createTempDirectory(
                            "plantdesk-attachment-", PosixFilePermissions.asFileAttribute(PrivateFiles.DIR));
                    Path file = dir.resolve(a.fileName());
                    Files.write(file, service.content(a.id()));
                    PrivateFiles.makePrivate(file);
                    open.accept(file);
                    return file;
                },
                p -> done.run(),
                e -> failed.accept(ErrorText.of(e)));
    }
}

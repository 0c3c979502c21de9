package io.plantdesk.maintenance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A comment on a work order; {@code byLogin} is the login the database stamped (shown as a name). */
public record Comment(UUID id, UUID workOrderId, String body, String byLogin, OffsetDateTime at) {

    /** The longest comment the database accepts (constraint work_order_comment_body). */
    public static final int MAX_LENGTH = 4000;
}

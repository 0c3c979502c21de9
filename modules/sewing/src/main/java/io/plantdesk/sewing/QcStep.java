package io.plantdesk.sewing;

import java.util.UUID;

/**
 * One operation of a bundle's style as a QC checkpoint offers it: who scanned the bundle for it
 * (the operator whose defects a check counts), or nobody yet.
 *
 * @param operatorId   null when the bundle was not scanned for this operation
 * @param operatorName null when the bundle was not scanned for this operation
 */
public record QcStep(Operation operation, UUID operatorId, String operatorName) {

    public boolean scanned() {
        return operatorId != null;
    }
}

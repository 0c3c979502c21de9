package io.plantdesk.fleet;

import io.plantdesk.platform.Text;
import java.util.List;

/**
 * What an import did. With any {@code errors} nothing was written (one transaction): the person
 * fixes the named lines and imports the file again. {@code flagged}: rows saved with an odometer
 * reading that does not fit the vehicle's others.
 */
public record ImportReport(int rows, int imported, int flagged, List<RowError> errors) {

    /** A bad row: its line in the file and why. */
    public record RowError(int line, Text reason) {}

    public boolean ok() {
        return errors.isEmpty();
    }
}

package io.plantdesk.sewing.ui.setup;

import io.plantdesk.maintenance.api.MachineRef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A machine of the plant as the line form offers it: ticked when it sews on the line being
 * edited; {@code elsewhere} names the other line it sews on now (ticking it moves it), or null.
 */
public record MachineChoice(MachineRef machine, String elsewhere, BooleanProperty chosen) {

    MachineChoice(MachineRef machine, String elsewhere, boolean chosen) {
        this(machine, elsewhere, new SimpleBooleanProperty(chosen));
    }
}

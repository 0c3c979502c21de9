package io.plantdesk.maintenance.api;

import java.util.List;

/** The plant's machines for another feature to pick from (the sewing floor puts them on lines). */
public interface MachineRegister {

    /** The live assets of kind "machine" the person's plant has, by code. */
    List<MachineRef> machines();
}

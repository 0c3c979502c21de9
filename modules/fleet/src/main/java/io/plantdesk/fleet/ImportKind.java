package io.plantdesk.fleet;

import java.util.List;

/**
 * The two LubeLogger exports Plantdesk reads and writes, with their columns. Each field lists the
 * header names LubeLogger's own importer accepts for it (MapProfile/ImportMappers.cs), so a file
 * from LubeLogger or Fuelly maps itself and a person only fixes what it could not guess.
 */
public enum ImportKind {
    FUEL(List.of(
            new Field("Date", true, List.of("date", "fuelup_date")),
            new Field("Odometer", true, List.of("odometer", "odo")),
            new Field(
                    "FuelConsumed",
                    true,
                    List.of("fuelconsumed", "gallons", "liters", "litres", "consumption", "quantity", "qty")),
            new Field("Cost", false, List.of("cost", "total cost", "totalcost", "total price")),
            new Field("IsFillToFull", false, List.of("isfilltofull", "filled up")),
            new Field("MissedFuelUp", false, List.of("missedfuelup", "missed_fuelup", "missed fill up", "missed_fill")),
            new Field("Notes", false, List.of("notes", "note")))),
    SERVICE(List.of(
            new Field("Date", true, List.of("date")),
            new Field("Odometer", false, List.of("odometer", "odo")),
            new Field("Description", true, List.of("description")),
            new Field("Notes", false, List.of("notes", "note")),
            new Field("Cost", false, List.of("cost", "total cost", "totalcost", "total price"))));

    /** A column Plantdesk reads: its LubeLogger name, whether a row needs it, the headers it goes by. */
    public record Field(String name, boolean required, List<String> aliases) {}

    private final List<Field> fields;

    ImportKind(List<Field> fields) {
        this.fields = fields;
    }

    public List<Field> fields() {
        return fields;
    }
}

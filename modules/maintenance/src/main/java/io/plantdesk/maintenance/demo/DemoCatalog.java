package io.plantdesk.maintenance.demo;

import java.util.List;

/** The fixed facts the demo's maintenance department is made of: lines, machine types, failures, parts. */
final class DemoCatalog {

    private DemoCatalog() {}

    /** A kind of machine: asset type, maker and model, how often it fails (mean days), its failure modes. */
    record MachineType(
            String code,
            String type,
            String maker,
            String model,
            int criticality,
            int mtbfDays,
            List<String> failures) {}

    /** A failure mode: code, title, cause, remedy, the part it uses (code or null), repair hours min..max. */
    record Failure(
            String code, String title, String cause, String remedy, String part, double minHours, double maxHours) {}

    record PartSpec(String code, String name, String unit, String cost, int reorderPoint, int reorderQty, int yearly) {}

    /** Small defects a line reports and that wait for a slot: the backlog's older end. */
    static final List<String> MINOR_REQUESTS = List.of(
            "Thread stand wobbles",
            "Work lamp flickers",
            "Knee lifter sticks",
            "Table top edge splintered",
            "Bobbin winder slips",
            "Pedal spring weak",
            "Guard screw missing",
            "Chair height lever broken",
            "Motor hums when idle",
            "Presser foot lifter stiff",
            "Oil sight glass cloudy",
            "Table leg loose",
            "Suction fan noisy",
            "Thread trimmer blunt");

    static final List<Failure> FAILURES = List.of(
            new Failure(
                    "NEEDLE-BRK",
                    "Needle breaking",
                    "needle deflected on heavy seams",
                    "replaced needle, set needle guard",
                    "NDL-DBX1-14",
                    0.3,
                    1.0),
            new Failure(
                    "SKIP-STITCH", "Skipped stitches", "hook timing drifted", "retimed hook to needle", null, 0.8, 2.5),
            new Failure(
                    "THREAD-BRK",
                    "Thread keeps breaking",
                    "tension discs worn",
                    "cleaned and replaced tension discs",
                    "TNS-DISC",
                    0.5,
                    1.5),
            new Failure(
                    "OIL-LEAK",
                    "Oil leaking onto fabric",
                    "sump gasket cracked",
                    "replaced gasket, cleaned bed",
                    "GSK-SUMP",
                    1.0,
                    3.0),
            new Failure(
                    "BELT-WORN",
                    "Motor belt slipping",
                    "belt worn and glazed",
                    "replaced V-belt, tensioned",
                    "BELT-M",
                    0.5,
                    1.5),
            new Failure(
                    "MOTOR-OVH",
                    "Servo motor overheating",
                    "cooling fan blocked by lint",
                    "cleaned fan, replaced bearing",
                    "BRG-6202",
                    2.0,
                    6.0),
            new Failure(
                    "FEED-DOG",
                    "Uneven feed",
                    "feed dog teeth worn",
                    "replaced feed dog, set height",
                    "FEED-DOG",
                    1.0,
                    2.5),
            new Failure(
                    "KNIFE-DULL",
                    "Overlock knife not cutting",
                    "upper knife dull",
                    "replaced upper knife",
                    "KNF-UP",
                    0.5,
                    1.5),
            new Failure(
                    "STEAM-LEAK",
                    "Steam leaking at iron",
                    "hose clamp loose, hose hardened",
                    "replaced hose and clamp",
                    "HOSE-STM",
                    0.5,
                    2.0),
            new Failure(
                    "BLADE-WORN",
                    "Cutter blade ragged",
                    "blade worn",
                    "replaced straight knife blade",
                    "BLD-10IN",
                    0.5,
                    1.0));

    static final List<MachineType> TYPES = List.of(
            new MachineType(
                    "LS",
                    "Single-needle lockstitch",
                    "Juki",
                    "DDL-8700",
                    3,
                    75,
                    List.of(
                            "NEEDLE-BRK",
                            "SKIP-STITCH",
                            "THREAD-BRK",
                            "OIL-LEAK",
                            "BELT-WORN",
                            "MOTOR-OVH",
                            "FEED-DOG")),
            new MachineType(
                    "OL",
                    "4-thread overlock",
                    "Pegasus",
                    "M952",
                    3,
                    70,
                    List.of("NEEDLE-BRK", "KNIFE-DULL", "SKIP-STITCH", "THREAD-BRK", "OIL-LEAK", "MOTOR-OVH")),
            new MachineType(
                    "FL",
                    "Flatlock (coverstitch)",
                    "Yamato",
                    "VC2700",
                    3,
                    90,
                    List.of("NEEDLE-BRK", "SKIP-STITCH", "THREAD-BRK", "OIL-LEAK", "BELT-WORN")),
            new MachineType(
                    "BT",
                    "Bartack",
                    "Brother",
                    "KE-430HX",
                    4,
                    120,
                    List.of("NEEDLE-BRK", "THREAD-BRK", "MOTOR-OVH", "FEED-DOG")),
            new MachineType(
                    "BH",
                    "Buttonhole",
                    "Juki",
                    "LBH-1790",
                    4,
                    110,
                    List.of("NEEDLE-BRK", "KNIFE-DULL", "THREAD-BRK", "MOTOR-OVH")),
            new MachineType(
                    "CT",
                    "Straight-knife cutter",
                    "Eastman",
                    "Blue Streak II",
                    5,
                    80,
                    List.of("BLADE-WORN", "MOTOR-OVH", "BELT-WORN")),
            new MachineType("SI", "Steam iron station", "Silter", "SPE/AFT", 2, 100, List.of("STEAM-LEAK")));

    /** Each sewing line's machines in order (type code per seat). */
    static final List<String> SEWING_LINE = List.of("LS", "LS", "LS", "LS", "OL", "OL", "OL", "FL", "FL", "BT", "BH");

    static final int SEWING_LINES = 6;

    static final List<PartSpec> PARTS = List.of(
            new PartSpec("NDL-DBX1-14", "Needle DBx1 size 14 (box of 10)", "box", "4.20", 20, 60, 160),
            new PartSpec("TNS-DISC", "Tension disc set", "set", "3.10", 6, 20, 40),
            new PartSpec("GSK-SUMP", "Oil sump gasket", "pcs", "2.40", 4, 10, 20),
            new PartSpec("BELT-M", "Motor V-belt M-type", "pcs", "5.80", 6, 12, 30),
            new PartSpec("BRG-6202", "Ball bearing 6202-2RS", "pcs", "1.90", 8, 20, 30),
            new PartSpec("FEED-DOG", "Feed dog, lockstitch", "pcs", "7.50", 4, 8, 16),
            new PartSpec("KNF-UP", "Overlock upper knife", "pcs", "6.20", 6, 12, 24),
            new PartSpec("HOSE-STM", "Steam hose 1.5 m with clamps", "pcs", "9.00", 3, 6, 10),
            new PartSpec("BLD-10IN", "Straight-knife blade 10 in", "pcs", "8.40", 6, 12, 30),
            new PartSpec("OIL-WHT", "White sewing-machine oil", "l", "3.60", 10, 40, 0),
            new PartSpec("LINT-BRUSH", "Lint brush set", "set", "1.20", 5, 20, 0));
}

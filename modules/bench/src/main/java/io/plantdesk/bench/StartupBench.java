package io.plantdesk.bench;

import io.plantdesk.platform.bench.Stats;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of an installed Plantdesk (issue "Installers"): launches the installed launcher with
 * {@code PLANTDESK_STARTUP_PROBE=dashboard} (login window, then the demo plant, then closes at the
 * first dashboard) and measures, from the moment this harness started the process, when the app
 * logged each mark. Every start is measured with the image's AOT cache and with it switched off
 * ({@code -XX:AOTMode=off}), alternately, so both see the same machine. The first start of a fresh
 * user folder (PostgreSQL's initdb and the demo plant's creation) is reported on its own.
 * Needs a display: run under {@code xvfb-run -a} on a server.
 * <p>Run: {@code xvfb-run -a modules/bench/run --startup /opt/plantdesk/bin/Plantdesk}
 */
final class StartupBench {

    private static final Pattern MARK =
            Pattern.compile("Startup: (login window|first dashboard) after \\d+ ms at=(\\d+)");

    private StartupBench() {}

    static void run(Path launcher, int samples, Path out) throws Exception {
        Path home = Files.createTempDirectory("pd-startup");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = home.resolve("data").resolve("logs").resolve("plantdesk.log");
        System.err.printf(
                "Startup bench: %s, %d starts with and %d without the AOT cache, user folder %s%n",
                launcher, samples, samples, home);

        Map<String, Long> first = start(launcher, home, port, log, true);
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int i = 0; i < samples; i++) {
            for (boolean aot : new boolean[] {true, false}) {
                Map<String, Long> marks = start(launcher, home, port, log, aot);
                String suffix = aot ? " (AOT cache)" : " (no AOT cache)";
                marks.forEach((mark, ms) -> figures.computeIfAbsent(mark + suffix, k -> new ArrayList<>())
                        .add(ms.doubleValue()));
            }
        }

        List<Stats> stats = new ArrayList<>();
        first.forEach(
                (mark, ms) -> stats.add(Stats.of("first start ever: " + mark + " (AOT cache)", new double[] {ms})));
        figures.forEach((name, values) -> stats.add(
                Stats.of(name, values.stream().mapToDouble(Double::doubleValue).toArray())));
        System.out.println();
        System.out.println("| start-up, ms from launch | starts | p50 | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        for (Stats s : stats) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f |%n",
                    s.scenario(),
                    s.samples(),
                    s.p50(),
                    s.p95(),
                    s.max());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out, "[" + String.join(",", stats.stream().map(Stats::json).toList()) + "]\n");
        System.err.println("Written: " + out);
    }

    /** One start, to the first dashboard; the marks in ms from launch. */
    private static Map<String, Long> start(Path launcher, Path home, int port, Path log, boolean aot)
            throws IOException, InterruptedException {
        long before = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder pb = new ProcessBuilder(launcher.toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("launcher-output.txt").toFile());
        pb.environment().put("PLANTDESK_HOME", home.toString());
        pb.environment().put("PLANTDESK_EMBEDDED_PORT", String.valueOf(port));
        pb.environment().put("PLANTDESK_STARTUP_PROBE", "dashboard");
        if (!aot) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off");
        } else {
            pb.environment().remove("JAVA_TOOL_OPTIONS");
        }
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Plantdesk did not reach its first dashboard in 180 s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Plantdesk exited with " + p.exitValue() + "; see " + log + " and "
                    + home.resolve("launcher-output.txt"));
        }
        String added = Files.readString(log).substring((int) before);
        Map<String, Long> marks = new LinkedHashMap<>();
        Matcher m = MARK.matcher(added);
        while (m.find()) {
            marks.put(m.group(1), Long.parseLong(m.group(2)) - launched);
        }
        if (marks.size() != 2) {
            throw new IllegalStateException(
                    "Expected both start-up marks in the log, found " + marks.keySet() + "; see " + log);
        }
        return marks;
    }
}

package io.plantdesk.platform.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run by the build (platform's pom, after the classes are compiled): writes into the jar the
 * SHA-256 of every file of the embedded PostgreSQL bundle on the class path, keyed by the bundle's
 * own SHA-256, so that a start compares the unpacked tree with it instead of decompressing the
 * bundle again. A manifest only ever applies to the exact bytes it was made from; a bundle
 * without one (another system's, a build that skipped this step) is read as before.
 */
public final class PgManifestWriter {

    private static final String FOLDER = "/META-INF/plantdesk/pg-binaries/";

    private PgManifestWriter() {}

    /** @param args the classes folder to write into (target/classes) */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        PgBinaries.Bundle bundle = PgBinaries.bundle();
        StringBuilder out = new StringBuilder();
        PgBinaries.hashesInBundle(bundle)
                .forEach((name, hash) ->
                        out.append(hash).append("  ").append(name).append('\n'));
        Path file = classes.resolve(resource(bundle.sha256()).substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        PgBinaries.forget();
    }

    static String resource(String bundleSha256) {
        return FOLDER + bundleSha256 + ".sha256";
    }

    /** Lines of "hash  name" (a link's hash is "link:" and its target), as {@link #main} writes them. */
    static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int gap = line.indexOf("  ");
                if (gap > 0) {
                    hashes.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        }
        return hashes;
    }
}

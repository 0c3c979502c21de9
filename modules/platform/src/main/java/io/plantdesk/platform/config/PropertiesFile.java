package io.plantdesk.platform.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a hand-editable properties file line by line, so that one damaged line (a Windows path
 * typed as C:&#92;users&#92;amina is an invalid escape) costs that line only: the others are kept,
 * the problem names the file and the line, and a copy of the damaged file stays beside it.
 */
public final class PropertiesFile {

    private static final Logger LOG = LoggerFactory.getLogger(PropertiesFile.class);
    /** Each damaged content is reported once per process, not at every read. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /** A problem of a file: its line (1-based) and a sentence. */
    public record Problem(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ", line " + line + ": " + text;
        }

        /** The warning logged for it: one full stop after the problem, whether its text ends in one or not. */
        public String warning(String consequence, Path copy) {
            String problem = toString();
            return (problem.endsWith(".") ? problem : problem + ".") + " " + consequence
                    + " A copy of the file as it was is kept in " + copy + ".";
        }
    }

    /** The readable entries, the line each key is on, and what could not be read. */
    public record Parsed(Properties properties, Map<String, Integer> lines, List<Problem> problems) {

        public int lineOf(String key) {
            return lines.getOrDefault(key, 0);
        }
    }

    private PropertiesFile() {}

    public static Parsed read(Path file) throws IOException {
        Properties out = new Properties();
        Map<String, Integer> lines = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Parsed(out, lines, problems);
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            problems.add(new Problem(file, 1, "the file is not UTF-8 text; it was read as Latin-1"));
        }
        String[] physical = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < physical.length; i++) {
            int start = i;
            StringBuilder logical = new StringBuilder(physical[i]);
            while (endsWithContinuation(physical[i]) && i + 1 < physical.length) {
                logical.append('\n').append(physical[++i]);
            }
            String trimmed = logical.toString().stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(
                        file,
                        start + 1,
                        "a backslash starts an escape that is not one (write \\\\ for a "
                                + "backslash, or / in a path); this setting was left out"));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                out.setProperty(key, one.getProperty(key));
                lines.put(key, start + 1);
            }
        }
        return new Parsed(out, lines, problems);
    }

    private static boolean endsWithContinuation(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /**
     * Keeps a copy of a damaged file beside it ({@code name.damaged-<hash>}, one per content) and
     * logs its problems once per process; returns the copy.
     */
    public static Path keepDamagedCopy(Path file, List<Problem> problems, String consequence) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
            Path copy = file.resolveSibling(file.getFileName() + ".damaged-" + hash);
            if (!Files.exists(copy)) {
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                PrivateFiles.makePrivate(copy);
            }
            if (REPORTED.add(copy.toString())) {
                for (Problem p : problems) {
                    LOG.warn("{}", p.warning(consequence, copy));
                }
            }
            return copy;
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.warn("{} ({} problem(s); no copy could be kept: {})", file, problems.size(), e.getMessage());
            return file;
        }
    }
}

package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The embedded server's programs, unpacked by Plantdesk itself (not by the library, which leaves
 * the folder writable by every account) into a 0700 folder, with a manifest of every file's SHA-256
 * taken from the bundle as it is unpacked. Before each start the tree is hashed again and compared:
 * a program changed or added after unpacking is never run. The tree is moved to a quarantine
 * folder for IT and a fresh copy unpacked from the bundle.
 *
 * <p>The folder name is the one the library computes (PG- and the bundle's MD5), so the library
 * finds the tree ready and does not unpack again.
 */
final class PgBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PgBinaries.class);
    private static final String READY_MARKER = ".exists";
    /** The library's lock file inside the tree; not part of the bundle. */
    private static final String LIBRARY_LOCK = "epg-lock";

    /** The bundle of the running platform, read from the class path, and its digests. */
    record Bundle(byte[] bytes, String md5, String sha256) {

        String folderName() {
            return "PG-" + md5;
        }
    }

    private static volatile Bundle lastRead;

    /**
     * Hands the library the bundle this start already read and checked, so it neither reads the
     * jar again nor could get other bytes than the ones the tree was verified against.
     */
    static final PgBinaryResolver VERIFIED = (system, architecture) -> {
        Bundle b = lastRead;
        if (b == null) {
            throw new IllegalStateException("The embedded PostgreSQL's bundle was not read before the start");
        }
        return new ByteArrayInputStream(b.bytes());
    };

    private PgBinaries() {
    }

    /** The start is done: the 15 MB bundle need not stay in memory. */
    static void forget() {
        lastRead = null;
    }

    /** The binaries folder and every folder above it must be closed to other accounts. */
    static void refuseFoldersOthersCanWrite(Path binDir, Path log) {
        PrivateFiles.writableByOthers(binDir).ifPresent(open -> {
            throw new EmbeddedServerException(EmbeddedServerException.Reason.UNSAFE_FOLDER,
                    "The embedded database's programs would run from " + open + ", a folder other accounts on this computer can write to.",
                    "Ask IT to remove write access for others from " + open + " (chmod go-w), or set PLANTDESK_HOME to a private folder.",
                    log, null);
        });
    }

    /** Unpacks or verifies the binaries against the bundle; a changed tree is never run. */
    static Path prepareOrExplain(Path binDir, Path log) {
        try {
            Bundle bundle = bundle();
            List<String> changed = prepare(binDir, bundle);
            if (!changed.isEmpty()) {
                ServerLog.note(log, "The embedded database's programs had been changed (" + changed.getFirst()
                        + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "")
                        + "); they were moved to a quarantine folder beside them and a fresh copy unpacked.");
            }
            return binDir.resolve(bundle.folderName());
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedServerException(EmbeddedServerException.Reason.FAILED, "The embedded database's programs could not be unpacked or checked.",
                    "Check that " + binDir + " is on a disk with free space.", log, e);
        }
    }

    static boolean hasPasswordcheck(Path tree) {
        Path lib = tree.resolve("lib").resolve("postgresql");
        return Files.exists(lib.resolve("passwordcheck.so")) || Files.exists(lib.resolve("passwordcheck.dylib"))
                || Files.exists(lib.resolve("passwordcheck.dll"));
    }

    /** Reads the bundle once per start; the library reads it again for its own digest. */
    static Bundle bundle() {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture())) {
            byte[] bytes = in.readAllBytes();
            Bundle b = new Bundle(bytes, hex("MD5", bytes), hex("SHA-256", bytes));
            lastRead = b;
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled PostgreSQL binaries", e);
        }
    }

    /**
     * Makes sure {@code binDir/PG-<md5>} holds exactly the bundle's files, unpacking it when it is
     * missing, incomplete or changed. Returns the tree, or the names of what differed when a
     * changed tree was put aside (empty when nothing was wrong).
     */
    static List<String> prepare(Path binDir, Bundle bundle) throws IOException {
        PrivateFiles.createDirectories(binDir);
        Path tree = binDir.resolve(bundle.folderName());
        Path manifest = binDir.resolve(bundle.folderName() + ".sha256");
        if (!Files.exists(tree.resolve(READY_MARKER)) || !Files.exists(manifest)) {
            if (Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
                quarantine(binDir, tree); // unpacked by someone else: never trusted
            }
            unpack(bundle, tree, manifest);
            return List.of();
        }
        List<String> differences = verify(tree, manifest, bundle.sha256());
        if (!differences.isEmpty()) {
            LOG.warn("The embedded PostgreSQL's programs in {} differ from the bundle ({}); they are moved aside and not run",
                    tree, String.join(", ", differences.subList(0, Math.min(5, differences.size()))));
            quarantine(binDir, tree);
            unpack(bundle, tree, manifest);
        }
        return differences;
    }

    /** What differs between the tree and its manifest (empty when they match). */
    static List<String> verify(Path tree, Path manifest, String bundleSha256) throws IOException {
        Map<String, String> expected = readManifest(manifest);
        List<String> out = new ArrayList<>();
        if (!bundleSha256.equals(expected.remove("#bundle"))) {
            out.add("the manifest is not this bundle's");
        }
        Map<String, String> actual = hashTree(tree);
        for (var e : expected.entrySet()) {
            String found = actual.remove(e.getKey());
            if (!e.getValue().equals(found)) {
                out.add(found == null ? e.getKey() + " is missing" : e.getKey() + " was changed");
            }
        }
        actual.keySet().forEach(extra -> out.add(extra + " was added"));
        return out;
    }

    /** Hashes every file of the tree in parallel (about 60 MB: a fraction of a second). */
    private static Map<String, String> hashTree(Path tree) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(tree)) {
            entries = walk.filter(p -> !p.equals(tree) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        Map<String, String> out = new TreeMap<>();
        entries.parallelStream().forEach(p -> {
            String rel = tree.relativize(p).toString().replace('\\', '/');
            if (rel.equals(READY_MARKER) || rel.equals(LIBRARY_LOCK)) {
                return;
            }
            String value;
            try {
                value = Files.isSymbolicLink(p) ? "link:" + Files.readSymbolicLink(p) : hashFile(p);
            } catch (IOException e) {
                value = "unreadable";
            }
            synchronized (out) {
                out.put(rel, value);
            }
        });
        return out;
    }

    private static String hashFile(Path p) throws IOException {
        MessageDigest md = digest("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Unpacks the bundle into a fresh private tree and writes its manifest, then the ready marker. */
    private static void unpack(Bundle bundle, Path tree, Path manifest) throws IOException {
        LOG.info("Unpacking the embedded PostgreSQL into {}", tree);
        PrivateFiles.createDirectories(tree);
        Map<String, String> hashes = new TreeMap<>();
        Path root = tree.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bundle.bytes())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("^\\./", "");
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || name.isEmpty()) {
                    throw new IOException("The bundle has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    PrivateFiles.createDirectories(target);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    PrivateFiles.createDirectories(target.getParent());
                    Path link = Path.of(entry.getLinkName());
                    if (!target.getParent().resolve(link).normalize().startsWith(root)) {
                        throw new IOException("The bundle links outside its folder: " + entry.getName());
                    }
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, link);
                    hashes.put(name, "link:" + link);
                } else if (entry.isFile()) {
                    PrivateFiles.createDirectories(target.getParent());
                    MessageDigest md = digest("SHA-256");
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                        tar.transferTo(new DigestOutputStream(out, md));
                    }
                    setMode(target, name.startsWith("bin/") || (entry.getMode() & 0100) != 0);
                    hashes.put(name, HexFormat.of().formatHex(md.digest()));
                }
            }
        }
        StringBuilder text = new StringBuilder("#bundle ").append(bundle.sha256()).append('\n');
        hashes.forEach((k, v) -> text.append(v).append("  ").append(k).append('\n'));
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.ensurePrivateFile(tmp);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrivateFiles.ensurePrivateFile(tree.resolve(READY_MARKER));
    }

    private static void setMode(Path file, boolean executable) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: no modes, the per-user folder is private already
        }
    }

    private static Map<String, String> readManifest(Path manifest) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith("#bundle ")) {
                out.put("#bundle", line.substring("#bundle ".length()).trim());
            } else if (line.contains("  ")) {
                int at = line.indexOf("  ");
                out.put(line.substring(at + 2), line.substring(0, at));
            }
        }
        return out;
    }

    /** Keeps a changed tree for IT, out of the way of the library (which only looks for PG-*). */
    private static void quarantine(Path binDir, Path tree) throws IOException {
        Path aside = binDir.resolve("quarantine-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        Files.move(tree, aside);
        PrivateFiles.makePrivate(aside);
    }

    /** The library's names for this system and processor (see DefaultPostgresBinaryResolver). */
    static String system() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows")) {
            return "Windows";
        }
        if (os.startsWith("Mac")) {
            return "Darwin";
        }
        return "Linux";
    }

    static String architecture() {
        String arch = System.getProperty("os.arch", "");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(digest(algorithm).digest(bytes));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

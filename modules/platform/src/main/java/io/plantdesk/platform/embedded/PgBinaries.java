package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.PrivateFiles;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
 * the folder writable by every account) into a 0700 folder. Before each start the tree is hashed
 * and compared with the bundle's own hashes, taken from the app's jars (never a manifest on
 * disk): a program changed or added after unpacking is never run, nor is a tree another account
 * could write or owns files in. The tree is moved to a quarantine
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

    private PgBinaries() {}

    /** The start is done: the 15 MB bundle need not stay in memory. */
    static void forget() {
        lastRead = null;
    }

    /** Unpacks or verifies the binaries against the bundle; a changed tree is never run. */
    static Path prepareOrExplain(Path binDir, Path log) {
        try {
            Bundle bundle = bundle();
            List<String> changed = prepare(binDir, bundle);
            if (!changed.isEmpty()) {
                ServerLog.note(
                        log,
                        "The embedded database's programs had been changed (" + changed.getFirst()
                                + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "")
                                + "); they were moved to a quarantine folder beside them and a fresh copy unpacked.");
            }
            return binDir.resolve(bundle.folderName());
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedServerException(
                    EmbeddedServerException.Reason.FAILED,
                    "The embedded database's programs could not be unpacked or checked.",
                    "Check that " + binDir + " is on a disk with free space.",
                    log,
                    e);
        }
    }

    static boolean hasPasswordcheck(Path tree) {
        Path lib = tree.resolve("lib").resolve("postgresql");
        return Files.exists(lib.resolve("passwordcheck.so"))
                || Files.exists(lib.resolve("passwordcheck.dylib"))
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
     * missing, incomplete, changed, or was ever open to another account. Returns the names of what
     * was wrong when a tree was put aside (empty when nothing was wrong).
     *
     * <p>The expected hashes come from the bundle in the jar, computed in memory at each start: a
     * manifest on disk could be rewritten by whoever could write the tree, so none is trusted.
     * Ownership and modes are checked before anything here changes a mode, so a folder an older
     * build left open to others is seen as such and its tree never run.
     */
    static List<String> prepare(Path binDir, Bundle bundle) throws IOException {
        Path tree = binDir.resolve(bundle.folderName());
        List<String> unsafe = new ArrayList<>();
        if (Files.exists(binDir, LinkOption.NOFOLLOW_LINKS)) {
            FolderOwner.refuseForeign(binDir);
            if (PrivateFiles.mode(binDir).map(m -> (m & 022) != 0).orElse(false)) {
                unsafe.add(binDir.getFileName() + " was writable by other accounts");
            }
        }
        if (unsafe.isEmpty() && Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            unsafe.addAll(FolderOwner.openToOthers(tree));
        }
        PrivateFiles.createDirectories(binDir);
        if (!unsafe.isEmpty()) {
            LOG.warn(
                    "The embedded PostgreSQL's programs in {} were open to other accounts ({}); they are moved aside and not run",
                    binDir,
                    unsafe.getFirst());
            quarantineTrees(binDir);
            unpack(bundle, tree);
            return unsafe;
        }
        if (!Files.exists(tree.resolve(READY_MARKER))) {
            if (Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
                quarantine(binDir, tree); // half unpacked, or unpacked by someone else: never trusted
            }
            unpack(bundle, tree);
            return List.of();
        }
        List<String> differences = verify(tree, expectedHashes(bundle));
        if (!differences.isEmpty()) {
            LOG.warn(
                    "The embedded PostgreSQL's programs in {} differ from the bundle ({}); they are moved aside and not run",
                    tree,
                    String.join(", ", differences.subList(0, Math.min(5, differences.size()))));
            quarantine(binDir, tree);
            unpack(bundle, tree);
        }
        return differences;
    }

    /** What differs between the tree and the bundle's own hashes (empty when they match). */
    static List<String> verify(Path tree, Map<String, String> bundleHashes) throws IOException {
        Map<String, String> expected = new TreeMap<>(bundleHashes);
        List<String> out = new ArrayList<>();
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

    /**
     * Every file's SHA-256 (or a link's target) as the bundle holds it: from the manifest the build
     * wrote into this jar for exactly these bytes (keyed by their SHA-256; see {@link
     * PgManifestWriter}), else computed from the bundle itself. Both come from the app's own jars,
     * never from the disk the tree is on. The manifest saves decompressing 60 MB of XZ at every
     * start, about 2.5 s of the demo's first dashboard.
     */
    static Map<String, String> expectedHashes(Bundle bundle) throws IOException {
        try (InputStream in = PgBinaries.class.getResourceAsStream(PgManifestWriter.resource(bundle.sha256()))) {
            if (in != null) {
                return PgManifestWriter.read(in);
            }
        }
        return hashesInBundle(bundle);
    }

    /** What {@link #expectedHashes} falls back to, and what the build's manifest is made of. */
    static Map<String, String> hashesInBundle(Bundle bundle) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bundle.bytes())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("^\\./", "");
                if (entry.isSymbolicLink() || entry.isLink()) {
                    hashes.put(name, "link:" + entry.getLinkName());
                } else if (entry.isFile()) {
                    MessageDigest md = digest("SHA-256");
                    tar.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), md));
                    hashes.put(name, HexFormat.of().formatHex(md.digest()));
                }
            }
        }
        return hashes;
    }

    /** Hashes every file of the tree in parallel (about 60 MB: a fraction of a second). */
    private static Map<String, String> hashTree(Path tree) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(tree)) {
            entries = walk.filter(p -> !p.equals(tree) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
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

    /** Unpacks the bundle into a fresh private tree, then writes the ready marker. */
    private static void unpack(Bundle bundle, Path tree) throws IOException {
        LOG.info("Unpacking the embedded PostgreSQL into {}", tree);
        PrivateFiles.createDirectories(tree);
        Path root = tree.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bundle.bytes())))) {
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
                } else if (entry.isFile()) {
                    PrivateFiles.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(
                            target,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE)) {
                        tar.transferTo(out);
                    }
                    setMode(target, name.startsWith("bin/") || (entry.getMode() & 0100) != 0);
                }
            }
        }
        PrivateFiles.ensurePrivateFile(tree.resolve(READY_MARKER));
    }

    private static void setMode(Path file, boolean executable) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    file, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: no modes, the per-user folder is private already
        }
    }

    /** Every PG-* tree (and old manifest) of a folder others could write: none is trusted. */
    private static void quarantineTrees(Path binDir) throws IOException {
        List<Path> trees;
        try (Stream<Path> list = Files.list(binDir)) {
            trees = list.filter(p -> p.getFileName().toString().startsWith("PG-"))
                    .toList();
        }
        for (Path t : trees) {
            quarantine(binDir, t);
        }
    }

    /** Keeps a changed tree for IT, out of the way of the library (which only looks for PG-*). */
    private static void quarantine(Path binDir, Path tree) throws IOException {
        Path aside = binDir.resolve(
                "quarantine-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-"
                        + tree.getFileName());
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

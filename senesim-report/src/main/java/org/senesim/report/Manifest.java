package org.senesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of files Senesim wrote into a run folder ({@link RunFiles#MANIFEST}). {@code --force} may
 * replace a folder only while it holds these files and nothing else, so a wrong {@code --out} can
 * never delete a user's own files, even in a folder that once was a run folder.
 */
final class Manifest {

    static final String HEADER = "# Every file Senesim wrote into this run folder, one per line. 'senesim run --force'\n"
            + "# replaces the folder only while it holds these files and no others.\n";

    /** Largest manifest read: a real one lists a few hundred names. */
    private static final long MAX_BYTES = 4L << 20;

    private Manifest() {
    }

    /**
     * Why {@code target} may not be replaced ("holds notes.txt, which Senesim did not write"), or null
     * when it is empty or holds only what its manifest lists.
     */
    static String foreignFile(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a folder (a file or a link)";
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (!entries.iterator().hasNext()) {
                return null;
            }
        }
        Path manifest = target.resolve(RunFiles.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return "has no " + RunFiles.MANIFEST + " (it is not a run folder written by this version of Senesim)";
        }
        if (Files.size(manifest) > MAX_BYTES) {
            return "has a " + RunFiles.MANIFEST + " too large to be Senesim's";
        }
        Set<String> listed = new HashSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                listed.add(line);
            }
        }
        List<String> present = RunFolder.listFiles(target);
        for (String f : present) {
            if (!f.equals(RunFiles.MANIFEST) && !listed.contains(f)) {
                return "holds " + OutputPaths.quote(f) + ", which Senesim did not write";
            }
        }
        return null;
    }
}

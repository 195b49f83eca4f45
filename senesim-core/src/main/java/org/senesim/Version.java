package org.senesim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, and the git commit when the launcher or build knows it. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/senesim/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "unknown");
        // Unfiltered (built outside Maven): the placeholder is not a version.
        return v.isBlank() || v.contains("${") ? "unknown" : v.strip();
    }

    public static String version() {
        return VERSION;
    }

    /** Git commit passed by the launcher as {@code -Dsenesim.git.commit}, or null. */
    public static String gitCommit() {
        String c = System.getProperty("senesim.git.commit");
        return c == null || c.isBlank() ? null : c.strip();
    }
}

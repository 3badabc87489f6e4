package faqbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version and git commit the build wrote into faqbot/build.properties, so an operator can tell
 * exactly which code a running bot is; "dev" and "unknown" when run from an IDE without the build.
 */
final class BuildInfo implements CommandLine.IVersionProvider {
    private static final String UNKNOWN = "unknown";

    /** e.g. "0.1.0-SNAPSHOT" */
    static String version() {
        return read("version", "dev");
    }

    /** The abbreviated commit, e.g. "e08d3dd". */
    static String commit() {
        return read("commit", UNKNOWN);
    }

    /** e.g. "faqbot 0.1.0-SNAPSHOT (e08d3dd)" */
    static String line() {
        return "faqbot " + version() + " (" + commit() + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    private static String read(String key, String fallback) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/faqbot/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return fallback;
        }
        String v = p.getProperty(key, "").strip();
        // Unfiltered (a build without git metadata leaves ${git.commit.id.abbrev} as it was).
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }
}

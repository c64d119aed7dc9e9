package io.cosmicsync.bootstrap.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The software version, written into {@code cosmicsync-version.properties} by the build. */
public final class Versions {

    private Versions() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = Versions.class.getResourceAsStream("/cosmicsync-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

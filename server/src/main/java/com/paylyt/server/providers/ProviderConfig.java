package com.paylyt.server.providers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider settings from environment variables and the optional file {@value #FILE_NAME} in the data dir.
 *
 * <p>The file is a Java properties file whose keys are the environment variable names, for example
 * {@code BITNOB_CLIENT_ID=...}. An environment variable wins over the same key in the file. Credentials are
 * never read from the command line, so they never show in a process listing.
 */
public final class ProviderConfig {

    /** Name of the settings file inside the data dir. */
    public static final String FILE_NAME = "providers.properties";

    private static final Logger log = LoggerFactory.getLogger(ProviderConfig.class);

    private final Map<String, String> environment;
    private final Properties file;

    private ProviderConfig(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** Reads the process environment and {@code dataDir/providers.properties} when it exists. */
    public static ProviderConfig load(Path dataDir) {
        return of(System.getenv(), dataDir);
    }

    /** Reads the given environment and {@code dataDir/providers.properties} when it exists. */
    public static ProviderConfig of(Map<String, String> environment, Path dataDir) {
        Properties properties = new Properties();
        Path path = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (path != null && Files.isRegularFile(path)) {
            warnIfReadableByOthers(path);
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the provider settings file " + path, e);
            }
        }
        return new ProviderConfig(environment, properties);
    }

    /** Returns the value of {@code name}, trimmed; empty when unset or blank. */
    public Optional<String> optional(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            value = file.getProperty(name);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    /**
     * Returns the value of {@code name}.
     *
     * @throws InvalidProviderSettingsException when the setting is missing, naming the variable to set
     */
    public String required(String name) {
        return optional(name).orElseThrow(() -> new InvalidProviderSettingsException(
                "Missing setting " + name + ": set the environment variable or add it to " + FILE_NAME
                        + " in the data dir"));
    }

    /** Returns an ISO-8601 duration such as {@code PT30S}, or a whole number of seconds. */
    public Duration duration(String name, Duration defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            if (value.get().chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(value.get()));
            }
            return Duration.parse(value.get());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidProviderSettingsException("Invalid duration in " + name + ": '" + value.get()
                    + "'; use seconds such as 30 or ISO-8601 such as PT30S", e);
        }
    }

    /** Returns a whole number, or {@code defaultValue} when unset. */
    public int integer(String name, int defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new InvalidProviderSettingsException("Invalid whole number in " + name + ": '" + value.get()
                    + "'", e);
        }
    }

    private static void warnIfReadableByOthers(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The provider settings file {} is readable by other users; run chmod 600 on it", path);
            }
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot check the permissions of {}", path, e);
        }
    }
}

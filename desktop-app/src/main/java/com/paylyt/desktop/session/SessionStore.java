package com.paylyt.desktop.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current session, kept in memory and in {@code desktop-session.json} in the data dir so that it survives
 * a restart of the app until the token expires. The file is readable by its owner only where the file system
 * has POSIX permissions.
 */
public final class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final String FILE_NAME = "desktop-session.json";

    private final Path file;
    private final ObjectMapper mapper;
    private final Clock clock;
    private volatile Session current;

    public SessionStore(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.mapper = mapper;
        this.clock = clock;
    }

    public Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    /** Returns the bearer token of the current session, or null when signed out. */
    public String token() {
        Session session = current;
        return session == null ? null : session.token();
    }

    public void save(Session session) {
        current = session;
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, mapper.writeValueAsBytes(session));
            restrictToOwner(file);
        } catch (IOException e) {
            log.warn("Could not save the session to {}; it will not survive a restart", file, e);
        }
    }

    /** Loads the saved session for {@code serverKey}; drops it when it is expired or from another server. */
    public Optional<Session> restore(String serverKey) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Session saved = mapper.readValue(file.toFile(), Session.class);
            if (saved.isExpiredAt(clock.instant()) || !serverKey.equals(saved.serverKey())) {
                clear();
                return Optional.empty();
            }
            current = saved;
            return Optional.of(saved);
        } catch (IOException e) {
            log.warn("Ignoring the unreadable session file {}", file, e);
            clear();
            return Optional.empty();
        }
    }

    public void clear() {
        current = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the session file {}", file, e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

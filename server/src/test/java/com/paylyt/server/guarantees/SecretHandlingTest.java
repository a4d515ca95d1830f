package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Secrets stay out of logs and out of readable files, and passwords are stored only as Argon2id hashes. */
class SecretHandlingTest {

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void logsContainNoSecret() throws Exception {
        Logger paylyt = (Logger) LoggerFactory.getLogger("com.paylyt");
        Level level = paylyt.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        paylyt.setLevel(Level.DEBUG);
        paylyt.setAdditive(false);
        paylyt.addAppender(captured);
        List<String> secrets = new ArrayList<>();
        try {
            Users.SignedIn user = Users.register(server.client(), "secretive");
            ApiClient.Response login = server.client().post("/auth/login",
                    Map.of("email", user.email(), "password", user.password()));
            server.client().post("/auth/login", Map.of("email", user.email(), "password", "wrong guess 12345"));
            ApiClient.Response changed = user.api().post("/auth/password",
                    Map.of("current_password", user.password(), "new_password", "new secret passphrase"));
            Users.SignedIn client = Users.register(server.client(), "client");
            Escrow.creditWallet(server, client, 1_000);
            client.api().withToken("not.a.token").get("/jobs");
            secrets.addAll(List.of(user.password(), "wrong guess 12345", "new secret passphrase",
                    login.body().get("token").asText(), changed.body().get("token").asText(),
                    TestServer.WEBHOOK_SECRET, Files.readString(server.dataDir().resolve("jwt-signing.key")).trim()));
        } finally {
            paylyt.detachAppender(captured);
            paylyt.setAdditive(true);
            paylyt.setLevel(level);
        }

        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(text).as("log line %s", text).doesNotContain(secret);
            }
        }
    }

    @Test
    void secretFilesAreOwnerOnly() throws Exception {
        List<Path> secretFiles = List.of(server.dataDir().resolve("jwt-signing.key"),
                server.dataDir().resolve("lightning-node.key"));

        for (Path file : secretFiles) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void passwordsAreStoredAsSaltedArgon2id() throws Exception {
        Users.SignedIn first = Users.register(server.client(), "hashed");
        Users.SignedIn second = Users.register(server.client(), "hashed");
        Map<String, String> hashes = new java.util.HashMap<>();

        try (Connection connection = server.server().database().dataSource().getConnection();
                ResultSet row = connection.createStatement().executeQuery("SELECT id, password_hash FROM users")) {
            while (row.next()) {
                hashes.put(row.getString(1), row.getString(2));
            }
        }

        // The users' passwords differ only in the counter, so compare the hash parameters and the salts.
        String firstHash = hashes.get(first.id());
        String secondHash = hashes.get(second.id());
        assertThat(firstHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(secondHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(firstHash).doesNotContain(first.password());
        assertThat(firstHash.split("\\$")[4]).isNotEqualTo(secondHash.split("\\$")[4]);
        assertThat(hashes.values()).allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$"));
    }
}

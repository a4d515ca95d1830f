package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.desktop.session.Session;
import java.nio.file.Files;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.Test;

/** The session survives a restart of the app until it expires or the person signs out. */
class SessionRestoreTest extends DesktopUiTest {

    @Test
    void restartKeepsPersonSignedIn() throws Exception {
        register("sam", PASSWORD);
        closeApp();

        launch();
        waitForText("#currentUser", "sam");
        assertThat(isShowing("#refreshDashboard")).isTrue();
    }

    @Test
    void revokedTokenAsksToSignInAgain() throws Exception {
        register("rae", PASSWORD);
        Session saved = ApiJson.mapper().readValue(dataDir.resolve("desktop-session.json").toFile(), Session.class);
        new ApiClient(serverUrl(), ApiJson.mapper(), saved::token).logout();

        // The dashboard may already have polled with the revoked token, so the button can be gone.
        interact(() -> lookup("#refreshDashboard").tryQuery().ifPresent(button -> ((ButtonBase) button).fire()));

        waitForText("#loginNotice", "Your session has ended");
        assertThat(text("#loginNotice")).contains("signed out or changed your password on another device");
    }

    @Test
    void signOutForgetsSession() throws Exception {
        register("sue", PASSWORD);
        signOut();
        assertThat(Files.exists(dataDir.resolve("desktop-session.json"))).isFalse();
        closeApp();

        launch();
        waitForShowing("#loginSubmit");
        assertThat(isShowing("#currentUser")).isFalse();
    }
}

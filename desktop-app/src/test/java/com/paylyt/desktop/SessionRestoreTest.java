package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

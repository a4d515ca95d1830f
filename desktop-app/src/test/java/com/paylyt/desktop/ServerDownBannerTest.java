package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.connection.EmbeddedServer;
import com.paylyt.desktop.connection.PaylytServerLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The banner shown while the server cannot be reached, and its Retry button. */
class ServerDownBannerTest extends DesktopUiTest {

    private EmbeddedServer restarted;

    @AfterEach
    void stopRestartedServer() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void bannerOffersRetryUntilServerIsBack() {
        register("olga", PASSWORD);
        waitForShowing("#refreshDashboard");
        assertThat(isShowing("#connectionBanner")).isFalse();
        EmbeddedServer server = app.connections().current().orElseThrow().server();
        int port = server.port();
        server.close();

        press("#refreshDashboard");
        waitForShowing("#connectionBanner");
        assertThat(text("#bannerMessage"))
                .isEqualTo("Cannot reach the PayLyt server at http://127.0.0.1:" + port
                        + "/api. Check that it is running, then retry.");

        press("#bannerRetry");
        waitForShowing("#connectionBanner");

        restarted = new PaylytServerLauncher().start(dataDir, port);
        press("#bannerRetry");
        waitUntil("the banner hides", () -> !isShowing("#connectionBanner"));
        assertThat(text("#currentUser")).isEqualTo("olga");
    }
}

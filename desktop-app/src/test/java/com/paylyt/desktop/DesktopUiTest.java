package com.paylyt.desktop;

import com.paylyt.desktop.connection.PaylytServerLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the window tests: each test gets the whole app with its embedded server on a free port and a fresh
 * data dir, and helpers that wait for what the window shows.
 */
abstract class DesktopUiTest extends FxRobot {

    static final String PASSWORD = "correct-horse-42";
    private static final long WAIT_SECONDS = 20;

    protected Path dataDir;
    protected DesktopApp app;

    @BeforeEach
    void startApp() throws Exception {
        dataDir = Files.createTempDirectory("paylyt-desktop-test");
        launch();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        closeApp();
        deleteRecursively(dataDir);
    }

    /** Opens the app on the primary stage with the test's data dir. */
    protected void launch() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = new DesktopApp(new DesktopOptions(dataDir, 0, new PaylytServerLauncher()));
        FxToolkit.setupStage(primary -> app.start(primary));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every window and stops the app and its embedded server, as closing the window does. */
    protected void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        app.stop();
    }

    /** Returns the base URL of the server the app connected to. */
    protected String serverUrl() {
        return app.connections().current().orElseThrow().baseUrl();
    }

    protected void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + WAIT_SECONDS + " s waiting until " + what, e);
        }
    }

    protected void waitForText(String query, String expected) {
        waitUntil(query + " shows '" + expected + "' (it shows '" + safeText(query) + "')",
                () -> safeText(query).contains(expected));
    }

    protected void waitForShowing(String query) {
        waitUntil(query + " is showing", () -> isShowing(query));
    }

    /** Returns the text of a label, button or text field, or empty text when no such node is showing. */
    protected String text(String query) {
        return onFx(() -> safeText(query));
    }

    /** Returns the text a label draws, which ends in an ellipsis when the label is too small for its text. */
    protected String displayedText(String query) {
        return onFx(() -> ((Text) lookup(query).query().lookup(".text")).getText().replace("\n", " "));
    }

    protected boolean isShowing(String query) {
        return lookup(query).tryQuery().map(DesktopUiTest::visibleInTree).orElse(false);
    }

    /** Clears a text field and types {@code value} into it, scrolling it into view first. */
    protected void type(String query, String value) {
        typeInto(lookup(query).query(), value);
    }

    protected void typeInto(Node field, String value) {
        press(field);
        interact(() -> ((TextInputControl) field).setText(""));
        write(value);
    }

    /** Clicks a node, scrolling the screen first so that it is in view. */
    protected void press(String query) {
        press(lookup(query).query());
    }

    protected void press(Node node) {
        interact(() -> scrollIntoView(node));
        clickOn(node);
    }

    private static void scrollIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                    scroll.setVvalue(Math.max(0, Math.min(1, target / hidden)));
                }
                scroll.layout();
                return;
            }
        }
    }

    protected void register(String username, String password) {
        waitForShowing("#loginSubmit");
        press("#registerTab");
        type("#usernameField", username);
        type("#emailField", username + "@example.com");
        type("#passwordField", password);
        press("#loginSubmit");
        waitForText("#currentUser", username);
    }

    protected void signIn(String username) {
        waitForShowing("#loginSubmit");
        type("#emailField", username + "@example.com");
        type("#passwordField", PASSWORD);
        press("#loginSubmit");
        waitForText("#currentUser", username);
    }

    protected void signOut() {
        press("#signOut");
        waitForShowing("#loginSubmit");
    }

    /** Clicks the dashboard tab whose title starts with {@code prefix}, such as "As freelancer". */
    protected void openDashboardTab(String prefix) {
        waitUntil("a tab titled " + prefix + " shows", () -> tabLabel(prefix) != null);
        clickOn(onFx(() -> tabLabel(prefix)));
    }

    private Node tabLabel(String prefix) {
        return lookup(".tab-label").queryAll().stream()
                .filter(node -> ((Labeled) node).getText().startsWith(prefix))
                .findFirst().orElse(null);
    }

    /**
     * Double-clicks the row of {@code tableQuery} that shows {@code title}, once it appears, and waits for the
     * job to open. A double click that a real window system reads as two single clicks is repeated.
     */
    protected void openJobRow(String tableQuery, String title) {
        String rows = tableQuery + " .table-row-cell";
        waitUntil(tableQuery + " lists " + title, () -> findRow(rows, title) != null);
        for (int attempt = 1; attempt <= 3 && !isShowing("#jobTitleLabel"); attempt++) {
            doubleClickOn(onFx(() -> findRow(rows, title)));
            sleep(700);
        }
        waitForText("#jobTitleLabel", title);
    }

    private Node findRow(String rowsQuery, String title) {
        return lookup(rowsQuery).queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null
                        && row.getItem().toString().contains(title))
                .findFirst().orElse(null);
    }

    private String safeText(String query) {
        return lookup(query).tryQuery().filter(DesktopUiTest::visibleInTree).map(node -> {
            if (node instanceof Labeled labeled) {
                return labeled.getText() == null ? "" : labeled.getText();
            }
            if (node instanceof TextInputControl input) {
                return input.getText();
            }
            return "";
        }).orElse("");
    }

    private static boolean visibleInTree(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    protected static <T> T onFx(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the window on the JavaFX thread", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.paylyt.desktop;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.MilestoneRequest;
import com.paylyt.model.api.RegisterRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Walks to each main screen and saves a PNG of it into {@code paylyt.screenshots.dir}. It needs a real display,
 * so the normal test run leaves it out; {@code desktop-app/scripts/screenshots.sh} runs it under Xvfb.
 */
@Tag("screenshots")
class ScreenshotWalkTest extends DesktopUiTest {

    @Test
    void captureMainScreens() throws Exception {
        Path target = Path.of(System.getProperty("paylyt.screenshots.dir", "target/screenshots"));
        Files.createDirectories(target);
        waitForShowing("#loginSubmit");
        save(target, "01-sign-in.png");

        seedJobs();
        signIn("ada");
        waitUntil("the dashboard lists the client's jobs",
                () -> lookup("#clientJobs .table-row-cell").queryAll().size() > 2);
        sleep(500);
        save(target, "02-dashboard.png");

        press("#navNewJob");
        type("#jobTitle", "Product photos for an online shop");
        type("#jobDescription", "Twelve products on white, two angles each.");
        type("#amountFiat", "180");
        press("#useRate");
        interact(() -> lookup("#deadlineDate").queryAs(DatePicker.class).setValue(LocalDate.now().plusDays(10)));
        press("#addMilestone");
        typeInto(lookup(".milestone-title").query(), "First six products");
        typeInto(lookup(".milestone-amount").query(), "0.001");
        save(target, "03-new-job.png");

        press("#navDashboard");
        openJobRow("#clientJobs", "Landing page copy");
        waitForShowing("#fundJob");
        save(target, "04-job-detail.png");

        press("#fundJob");
        waitForText("#invoiceBolt11", "lnbcrt");
        waitForText("#invoiceCountdown", "Expires in");
        saveWindow(target, "05-fund-dialog.png", lookup("#invoiceQr").query().getScene());
        press("#simulatePayment");
        waitUntil("the invoice dialog closes", () -> Window.getWindows().size() == 1);

        signOut();
        signIn("ben");
        press("#navWallet");
        waitForText("#balanceSats", "sats");
        type("#convertAmount", "0.0008");
        press("#previewConvert");
        waitForText("#convertPreview", "Sell");
        interact(() -> lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        save(target, "06-wallet.png");

        press("#navSettings");
        waitForShowing("#saveSettings");
        save(target, "07-settings.png");

        press("#navDashboard");
        app.connections().current().orElseThrow().server().close();
        press("#refreshDashboard");
        waitForShowing("#connectionBanner");
        save(target, "08-server-unreachable.png");
    }

    /** Posts jobs in several states through the API so the dashboard has something to show. */
    private void seedJobs() {
        ApiClient anonymous = new ApiClient(serverUrl(), ApiJson.mapper(), () -> null);
        for (String name : List.of("ada", "ben", "cleo")) {
            anonymous.register(new RegisterRequest(name, name + "@example.com", PASSWORD));
        }
        ApiClient ada = signedIn("ada");
        ApiClient ben = signedIn("ben");
        ApiClient cleo = signedIn("cleo");

        String logo = ada.createJob(job("Logo for a bakery", "0.0015", "ben", List.of(
                new MilestoneRequest("Sketches", new BigDecimal("0.001")),
                new MilestoneRequest("Final files", new BigDecimal("0.0005"))))).id();
        pay(ada, logo);
        ben.complete(logo, new CompleteJobRequest("Three variants, vector and PNG.", "https://example.com/logo"));
        ada.approve(logo);
        ada.release(logo);

        String docs = ada.createJob(job("API reference pages", "0.0008", "ben", null)).id();
        pay(ada, docs);
        ada.createJob(job("Landing page copy", "0.0006", "ben", null));
        cleo.createJob(job("Translate a restaurant menu", "0.0004", null, null));
    }

    private void pay(ApiClient client, String jobId) {
        String invoiceId = client.createInvoice(jobId).invoiceId();
        client.simulatePayment(invoiceId);
    }

    private ApiClient signedIn(String name) {
        String token = new ApiClient(serverUrl(), ApiJson.mapper(), () -> null)
                .login(new LoginRequest(name + "@example.com", PASSWORD)).token();
        return new ApiClient(serverUrl(), ApiJson.mapper(), () -> token);
    }

    private static CreateJobRequest job(String title, String btc, String freelancer,
            List<MilestoneRequest> milestones) {
        String deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(12).withNano(0).toString();
        BigDecimal fiat = new BigDecimal(btc).multiply(new BigDecimal("97000")).setScale(2,
                java.math.RoundingMode.HALF_EVEN);
        return new CreateJobRequest(title, "Details in the brief.", fiat, "USD", new BigDecimal(btc), deadline,
                milestones, freelancer);
    }

    private void save(Path target, String name) throws IOException {
        saveWindow(target, name, lookup("#currentUser").tryQuery()
                .or(() -> lookup("#loginSubmit").tryQuery()).orElseThrow().getScene());
    }

    private void saveWindow(Path target, String name, Scene scene) throws IOException {
        sleep(300);
        WritableImage image = onFx(() -> scene.snapshot(null));
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", target.resolve(name).toFile());
    }
}

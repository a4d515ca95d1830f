package com.paylyt.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.TestMessages;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.model.api.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorDisplayTest {

    private final ErrorDisplay display = new ErrorDisplay(TestMessages.english(), new ConnectionBanner());

    @Test
    void missingJobShowsJobText() {
        String text = display.describe(notFound("No job 42 that you are a party to", "/jobs/42/release"));

        assertThat(text).isEqualTo("This job does not exist or is not yours to see.");
    }

    @Test
    void missingInvoiceShowsServerDetail() {
        String text = display.describe(notFound("the simulator has no invoice inv-7; it forgets its invoices on "
                + "restart, so create a new one", "/simulator/invoices/inv-7/pay"));

        assertThat(text).isEqualTo("The simulator has no invoice inv-7; it forgets its invoices on restart, "
                + "so create a new one.");
    }

    @Test
    void jobPathsAreRecognised() {
        assertThat(notFound("x", "/jobs/42").concernsJob()).isTrue();
        assertThat(notFound("x", "/jobs/42/invoice").concernsJob()).isTrue();
        assertThat(notFound("x", "/jobs/open").concernsJob()).isFalse();
        assertThat(notFound("x", "/wallet").concernsJob()).isFalse();
        assertThat(notFound("x", "").concernsJob()).isFalse();
    }

    private static ProblemException notFound(String detail, String path) {
        return new ProblemException(new Problem("about:blank", "Not found", 404, detail, "not_found", List.of()),
                path);
    }
}

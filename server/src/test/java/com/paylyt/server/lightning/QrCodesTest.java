package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Mode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String INVOICE = Bolt11Examples.invoices().get(2);

    @Test
    void invoiceQrCodeDecodesToSameInvoice() throws Exception {
        BufferedImage image = pngImage(QrCodes.pngDataUri(INVOICE));

        String scanned = scan(image);

        assertThat(scanned).isEqualToIgnoringCase(INVOICE);
    }

    @Test
    void invoiceIsWrittenInAlphanumericMode() {
        assertThat(QrCodes.encode(INVOICE).getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(QrCodes.encode("lightning:" + INVOICE).getMode()).isEqualTo(Mode.ALPHANUMERIC);
    }

    @Test
    void invoiceImageIsWideEnoughForPhoneWithQuietZone() throws IOException {
        BufferedImage image = pngImage(QrCodes.pngDataUri(INVOICE));
        int modulePixels = image.getWidth() / (QrCodes.encode(INVOICE).getMatrix().getWidth()
                + 2 * QrCodes.QUIET_ZONE_MODULES);

        assertThat(image.getWidth()).isGreaterThanOrEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(image.getWidth());
        assertThat(modulePixels).isGreaterThanOrEqualTo(4);
        for (int edge = 0; edge < QrCodes.QUIET_ZONE_MODULES * modulePixels; edge++) {
            assertThat(image.getRGB(edge, image.getHeight() / 2) & 0xffffff).as("left margin %d", edge)
                    .isEqualTo(0xffffff);
            assertThat(image.getRGB(image.getWidth() / 2, edge) & 0xffffff).as("top margin %d", edge)
                    .isEqualTo(0xffffff);
        }
    }

    @Test
    void otherTextKeepsItsCase() throws Exception {
        String text = "https://example.invalid/Pay?id=Ab1";

        assertThat(scan(pngImage(QrCodes.pngDataUri(text)))).isEqualTo(text);
    }

    @Test
    void dataUriIsBase64Png() {
        String uri = QrCodes.pngDataUri(INVOICE);

        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    private static BufferedImage pngImage(String dataUri) throws IOException {
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static String scan(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

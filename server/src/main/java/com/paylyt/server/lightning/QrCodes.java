package com.paylyt.server.lightning;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** QR codes of payment requests as PNG data URIs, sized to be scanned from a phone screen. */
public final class QrCodes {

    /** White modules around the code, 4 being the minimum that the QR code standard requires. */
    static final int QUIET_ZONE_MODULES = 4;
    static final int MIN_WIDTH_PIXELS = 360;
    private static final int MIN_MODULE_PIXELS = 4;
    private static final Pattern BOLT11 = Pattern.compile("(?i)(lightning:)?ln[a-z0-9]+1[a-z0-9]+");

    private QrCodes() {
    }

    /**
     * Returns {@code text} as a {@code data:image/png;base64,...} URI of its QR code, at least
     * {@value #MIN_WIDTH_PIXELS} pixels wide.
     *
     * <p>A BOLT 11 invoice is written in upper case, which BOLT 11 recommends for QR codes because it fits the
     * denser alphanumeric mode. Wallets read Bech32 in either case.
     */
    public static String pngDataUri(String text) {
        BitMatrix image = render(encode(text));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(image, "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the QR code as PNG failed", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** Encodes {@code text} as a QR code, upper-casing BOLT 11 invoices. */
    static QRCode encode(String text) {
        String content = BOLT11.matcher(text).matches() ? text.toUpperCase(Locale.ROOT) : text;
        try {
            return Encoder.encode(content, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text is too long for a QR code: " + text.length() + " characters", e);
        }
    }

    private static BitMatrix render(QRCode code) {
        ByteMatrix modules = code.getMatrix();
        int sideModules = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
        int modulePixels = Math.max(MIN_MODULE_PIXELS, (MIN_WIDTH_PIXELS + sideModules - 1) / sideModules);
        BitMatrix image = new BitMatrix(sideModules * modulePixels);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    int left = (x + QUIET_ZONE_MODULES) * modulePixels;
                    int top = (y + QUIET_ZONE_MODULES) * modulePixels;
                    image.setRegion(left, top, modulePixels, modulePixels);
                }
            }
        }
        return image;
    }
}

package com.paylyt.server.lightning;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a {@link BitMatrix} as a 1-bit grayscale PNG (PNG specification, 2nd edition), set bits black.
 *
 * <p>It exists for speed: going through {@code BufferedImage} and ImageIO converted every pixel through a
 * color model and buffered the stream in a temporary file, which made each new invoice response cost
 * milliseconds of CPU. Here each row is packed straight from the matrix's bits.
 */
final class MonochromePng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BIT_DEPTH = 1;
    private static final int COLOR_TYPE_GRAYSCALE = 0;
    private static final int FILTER_NONE = 0;

    private MonochromePng() {
    }

    static byte[] write(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        png.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) BIT_DEPTH)
                .put((byte) COLOR_TYPE_GRAYSCALE)
                .put((byte) 0) // compression method: deflate
                .put((byte) 0) // filter method: adaptive, with filter type None on every row below
                .put((byte) 0); // no interlace
        writeChunk(png, "IHDR", header.array());
        writeChunk(png, "IDAT", deflate(scanlines(matrix, width, height)));
        writeChunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Returns the rows, each a filter-type byte and then 8 pixels per byte, most significant bit first. */
    private static byte[] scanlines(BitMatrix matrix, int width, int height) {
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[height * (rowBytes + 1)];
        for (int y = 0; y < height; y++) {
            int rowStart = y * (rowBytes + 1);
            raw[rowStart] = FILTER_NONE;
            for (int x = 0; x < width; x++) {
                // In 1-bit grayscale 1 is white, so a pixel's bit is set where the matrix has no module.
                if (!matrix.get(x, y)) {
                    raw[rowStart + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return raw;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeChunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the PayLyt icon with Java2D and writes it in the three formats jpackage needs: {@code paylyt.png}
 * (Linux), {@code paylyt.ico} (Windows) and {@code paylyt.icns} (macOS). Run it as a single-file program:
 * {@code java IconGenerator.java OUTPUT_DIR}.
 */
public final class IconGenerator {

    private static final Color TOP = new Color(0xF7, 0x93, 0x1A);
    private static final Color BOTTOM = new Color(0xC8, 0x5A, 0x0C);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java IconGenerator.java OUTPUT_DIR");
            System.exit(2);
        }
        Path output = Files.createDirectories(Path.of(args[0]));
        Files.write(output.resolve("paylyt.png"), png(draw(512)));
        Files.write(output.resolve("paylyt.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Files.write(output.resolve("paylyt.icns"), icns());
        System.out.println("Wrote paylyt.png, paylyt.ico and paylyt.icns to " + output);
    }

    /** Draws a rounded orange square with a white lightning bolt, scaled to {@code size} pixels. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);

        g.setPaint(new GradientPaint(0, 0, TOP, 0, 100, BOTTOM));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));

        Path2D bolt = new Path2D.Double();
        bolt.moveTo(57, 12);
        bolt.lineTo(26, 56);
        bolt.lineTo(47, 56);
        bolt.lineTo(40, 88);
        bolt.lineTo(74, 42);
        bolt.lineTo(53, 42);
        bolt.closePath();
        g.setColor(Color.WHITE);
        g.fill(bolt);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bolt);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Writes an ICO file whose entries are PNG images, a form Windows reads since Vista. */
    private static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(draw(sizes[i]));
        }
        int headerBytes = 6 + 16 * sizes.length;
        int total = headerBytes;
        for (byte[] image : images) {
            total += image.length;
        }
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerBytes;
        for (int i = 0; i < sizes.length; i++) {
            // A width or height of 0 stands for 256 pixels, because the field is one byte.
            ico.put((byte) (sizes[i] % 256)).put((byte) (sizes[i] % 256));
            ico.put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32);
            ico.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            ico.put(image);
        }
        return ico.array();
    }

    /** Writes an ICNS file with PNG entries of 128 to 1024 pixels, keyed by Apple's OSType codes. */
    private static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png(draw(type.getValue()));
            out.writeBytes(type.getKey());
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream icns = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(icns);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        header.write(entries.toByteArray());
        return icns.toByteArray();
    }
}

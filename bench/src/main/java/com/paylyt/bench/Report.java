package com.paylyt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of one benchmark run, printed as a table and written as JSON. */
final class Report {

    /** A target of the benchmark: {@code value} must be at least, or at most, {@code limit}. */
    record Target(String name, double value, String comparison, double limit, boolean met, String basis) {
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Measurement> measurements = new LinkedHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, double[]> rounds = new LinkedHashMap<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void setting(String key, Object value) {
        settings.put(key, value);
    }

    void add(String key, Measurement measurement) {
        measurements.put(key, measurement);
        System.out.printf(Locale.ROOT, "  %-30s %3d conn %10.1f ops/s  p50 %8.2f ms  p99 %8.2f ms%s%n",
                measurement.name(), measurement.connections(), measurement.opsPerSecond(), measurement.p50Millis(),
                measurement.p99Millis(), measurement.errors() == 0 ? "" : "  errors " + measurement.errors());
    }

    /** Records the throughput of every round of an alternated measurement, in operations per second. */
    void rounds(String key, double[] opsPerSecond) {
        rounds.put(key, opsPerSecond);
    }

    Measurement measurement(String key) {
        return measurements.get(key);
    }

    /** Records a figure that is not a load run, such as a JMH score, with its unit in the key. */
    void figure(String key, Object value) {
        figures.put(key, value);
        System.out.println("  " + key + " = " + value);
    }

    void ratio(String key, double value) {
        ratios.put(key, value);
    }

    void atLeast(String name, double value, double limit, String basis) {
        targets.add(new Target(name, value, ">=", limit, value >= limit, basis));
    }

    void atMost(String name, double value, double limit, String basis) {
        targets.add(new Target(name, value, "<=", limit, value <= limit, basis));
    }

    void printTable(PrintStream out) {
        out.println();
        out.println("| measurement | connections | ops/s | p50 ms | p99 ms | errors |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Measurement m : measurements.values()) {
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %d |%n", m.name(), m.connections(),
                    m.opsPerSecond(), m.p50Millis(), m.p99Millis(), m.errors());
        }
        out.println();
        out.println("| figure | value |");
        out.println("|---|---:|");
        figures.forEach((key, value) -> out.println("| " + key + " | " + format(value) + " |"));
        ratios.forEach((key, value) -> out.println("| " + key + " | " + format(value) + " |"));
        out.println();
        out.println("| target | value | limit | met |");
        out.println("|---|---:|---:|---|");
        for (Target target : targets) {
            out.printf(Locale.ROOT, "| %s | %s | %s %s | %s |%n", target.name(), format(target.value()),
                    target.comparison(), format(target.limit()), target.met() ? "yes" : "NO");
        }
        out.println();
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return Double.isNaN(number) ? "n/a" : String.format(Locale.ROOT, "%.3f", number);
        }
        return String.valueOf(value);
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        root.put("settings", settings);
        root.put("measurements", measurements);
        root.put("rounds_ops_per_second", rounds);
        root.put("figures", figures);
        root.put("ratios", ratios);
        root.put("targets", targets);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    String toJson() throws IOException {
        return new ObjectMapper().writeValueAsString(Map.of("targets", targets, "ratios", ratios));
    }
}

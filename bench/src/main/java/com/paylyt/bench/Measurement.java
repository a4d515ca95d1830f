package com.paylyt.bench;

/**
 * The outcome of one measured run.
 *
 * @param operations operations completed in the measured phase
 * @param seconds length of the measured phase, up to the last completed operation
 * @param p50Millis median latency of one operation in milliseconds
 * @param p99Millis 99th percentile latency in milliseconds
 * @param errors failed operations, warm-up included
 */
record Measurement(String name, int connections, long operations, double seconds, double opsPerSecond,
        double p50Millis, double p99Millis, long errors, String firstError) {

    static Measurement of(String name, int connections, long[] sortedNanos, double seconds, long errors,
            Exception firstError) {
        long operations = sortedNanos.length;
        double opsPerSecond = seconds > 0 ? operations / seconds : 0;
        return new Measurement(name, connections, operations, seconds, opsPerSecond,
                percentile(sortedNanos, 0.50), percentile(sortedNanos, 0.99), errors,
                firstError == null ? null : firstError.toString());
    }

    /** Returns the nearest-rank percentile in milliseconds, or NaN without samples. */
    static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}

package cn.ecc.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Order statistics of a sample. Percentiles use the nearest-rank method (the smallest value with at least
 * p% of the sample at or below it), so every reported figure is a value that was actually measured.
 */
public final class Stats {

    private Stats() {
    }

    /** The median; for an even count the mean of the two middle values. */
    public static double median(double... values) {
        double[] v = sorted(values);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    public static double median(Collection<? extends Number> values) {
        return median(toArray(values));
    }

    /** The 99th percentile, nearest rank. */
    public static double p99(double... values) {
        return percentile(99, values);
    }

    public static double p99(Collection<? extends Number> values) {
        return p99(toArray(values));
    }

    /** The p-th percentile (0 &lt; p &le; 100), nearest rank. */
    public static double percentile(double p, double... values) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        double[] v = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(rank, 1) - 1];
    }

    public static double min(double... values) {
        return sorted(values)[0];
    }

    public static double max(double... values) {
        double[] v = sorted(values);
        return v[v.length - 1];
    }

    private static double[] sorted(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        for (double d : values) {
            if (Double.isNaN(d)) {
                throw new IllegalArgumentException("NaN in the sample");
            }
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v;
    }

    static double[] toArray(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).toArray();
    }
}

package cn.ecc.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Untimed rounds until a side runs at its steady speed, by one rule for every side: rounds go in windows of
 * {@link #window}; warming ends, at least {@link #min} rounds in, when the last window's median is no more than
 * {@link #GAIN} below the median of the window {@link #SPAN} windows before it, or after {@link #max} rounds.
 * Comparing windows several apart catches a slow drift that neighbouring windows hide. A fixed count warms unequal
 * sides unequally: a JVM that has just started needs thousands of requests before its JIT compiler has compiled
 * the request path, while the harness's JVM has run Derby's code since it wrote the data.
 */
final class WarmUp {

    /** A window this much faster than the one {@link #SPAN} before it counts as still warming. */
    static final double GAIN = 0.03;
    /** How many windows back the last one is compared with. */
    static final int SPAN = 4;

    /** One untimed round; answers its duration in milliseconds. */
    @FunctionalInterface
    interface Round {
        double run() throws Exception;
    }

    private final int window;
    private final int min;
    private final int max;

    WarmUp(int window, int min, int max) {
        if (window < 1 || min < 0 || max < min) {
            throw new IllegalArgumentException("window " + window + ", min " + min + ", max " + max);
        }
        this.window = window;
        this.min = min;
        this.max = max;
    }

    /** Runs rounds until steady (or {@code max}); answers how many ran. */
    int run(Round round) throws Exception {
        List<Double> medians = new ArrayList<>();
        double[] times = new double[window];
        int rounds = 0;
        while (rounds < max) {
            int n = Math.min(window, max - rounds);
            for (int i = 0; i < n; i++) {
                times[i] = round.run();
            }
            rounds += n;
            medians.add(Stats.median(Arrays.copyOf(times, n)));
            int last = medians.size() - 1;
            if (rounds >= min && last >= SPAN && medians.get(last) >= medians.get(last - SPAN) * (1 - GAIN)) {
                break;
            }
        }
        return rounds;
    }
}

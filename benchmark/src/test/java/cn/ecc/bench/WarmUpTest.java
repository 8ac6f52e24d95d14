package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** Rounds that take the given times in turn, then the last one for ever. */
    private static WarmUp.Round times(double... ms) {
        Iterator<Double> it = DoubleStream.of(ms).boxed().iterator();
        double[] last = {ms[ms.length - 1]};
        return () -> it.hasNext() ? (last[0] = it.next()) : last[0];
    }

    @Test
    void endsWhenTheLastWindowIsNoFasterThanTheOneFourBefore() throws Exception {
        // windows of 2: 10, 8, 6, 4, then 4 for ever; the 8th window (4) is the first as slow as the 4th's (4)
        assertThat(new WarmUp(2, 0, 1000).run(times(10, 10, 8, 8, 6, 6, 4, 4))).isEqualTo(16);
    }

    @Test
    void aSlowDriftIsStillWarming() throws Exception {
        // each window 1 % faster than the one before: neighbours differ by less than the 3 %, four apart by more
        double[] t = {100};
        int[] n = {0};
        WarmUp.Round drifting = () -> n[0]++ % 10 == 9 ? (t[0] *= 0.99) : t[0];
        assertThat(new WarmUp(10, 0, 500).run(drifting)).isEqualTo(500);
    }

    @Test
    void runsAtLeastTheMinimum() throws Exception {
        assertThat(new WarmUp(10, 100, 1000).run(() -> 3.0)).isEqualTo(100);
    }

    @Test
    void aSteadySideNeedsFiveWindows() throws Exception {
        assertThat(new WarmUp(10, 0, 1000).run(() -> 3.0)).isEqualTo(50);
    }

    @Test
    void stopsAtTheMaximumWhileStillGettingFaster() throws Exception {
        double[] t = {1000};
        assertThat(new WarmUp(10, 0, 95).run(() -> t[0] *= 0.99)).isEqualTo(95);
    }
}

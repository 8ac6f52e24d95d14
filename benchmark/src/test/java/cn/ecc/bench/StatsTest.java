package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Stats.median(5, 1, 3)).isEqualTo(3);
        assertThat(Stats.median(7)).isEqualTo(7);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(Stats.median(List.of(10, 20))).isEqualTo(15);
    }

    @Test
    void medianDoesNotReorderTheCallersArray() {
        double[] v = {3, 1, 2};
        Stats.median(v);
        assertThat(v).containsExactly(3, 1, 2);
    }

    @Test
    void p99IsTheNearestRank() {
        // 1..100: the 99th value; 1..1000: the 990th
        assertThat(Stats.p99(IntStream.rangeClosed(1, 100).asDoubleStream().toArray())).isEqualTo(99);
        assertThat(Stats.p99(IntStream.rangeClosed(1, 1000).asDoubleStream().toArray())).isEqualTo(990);
        // 1..101: rank ceil(99.99) = 100
        assertThat(Stats.p99(IntStream.rangeClosed(1, 101).asDoubleStream().toArray())).isEqualTo(100);
    }

    @Test
    void p99OfFewValuesIsTheLargest() {
        assertThat(Stats.p99(3, 1, 2)).isEqualTo(3);
        assertThat(Stats.p99(42)).isEqualTo(42);
    }

    @Test
    void p99IsAlwaysAMeasuredValue() {
        double[] v = {0.5, 12.25, 3.75, 99.5, 7};
        assertThat(v).contains(Stats.p99(v));
    }

    @Test
    void percentileBounds() {
        double[] v = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
        assertThat(Stats.percentile(100, v)).isEqualTo(10);
        assertThat(Stats.percentile(50, v)).isEqualTo(5);
        assertThat(Stats.percentile(0.1, v)).isEqualTo(1);
        assertThatThrownBy(() -> Stats.percentile(0, v)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(101, v)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minAndMax() {
        assertThat(Stats.min(4, -2, 9)).isEqualTo(-2);
        assertThat(Stats.max(4, -2, 9)).isEqualTo(9);
    }

    @Test
    void anEmptyOrNaNSampleIsRefused() {
        assertThatThrownBy(() -> Stats.median()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.p99(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.median(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.ecc.api.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: every list endpoint of the product answers this shape.
 *
 * @param items  the rows of this page
 * @param total  how many rows match in all
 * @param limit  the page size asked for
 * @param offset how many matching rows come before this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, limit, offset);
    }
}

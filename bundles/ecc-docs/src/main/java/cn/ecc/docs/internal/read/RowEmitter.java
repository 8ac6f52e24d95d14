package cn.ecc.docs.internal.read;

import cn.ecc.api.docs.RowHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hands rows to the caller's handler in one shape for every format: trailing empty cells dropped, rows with no
 * content skipped (their numbers simply do not appear), and every row at least as wide as the widest row
 * before it (so rows under a header are as wide as the header), so that a handler can index columns without
 * checking lengths.
 */
public final class RowEmitter {

    private final RowHandler handler;
    private int width;

    public RowEmitter(RowHandler handler) {
        this.handler = handler;
    }

    /** False when the handler asked to stop. */
    public boolean emit(int rowNumber, List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        List<String> row = new ArrayList<>(Math.max(end, width));
        row.addAll(cells.subList(0, end));
        width = Math.max(width, end);
        while (row.size() < width) {
            row.add("");
        }
        return handler.row(rowNumber, Collections.unmodifiableList(row));
    }
}

package cn.ecc.intake.internal.batch;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each column sits in a file, read from its header row, and the header text the file uses. */
final class Header {

    private final Map<Col, Integer> index;
    private final Map<Col, String> text;
    private final List<String> unknown;

    private Header(Map<Col, Integer> index, Map<Col, String> text, List<String> unknown) {
        this.index = index;
        this.text = text;
        this.unknown = unknown;
    }

    /**
     * Reads a header row.
     *
     * @throws InvalidInputException naming the header row when a required column is missing or a column
     *                               appears twice
     */
    static Header read(int rowNumber, List<String> cells) {
        Map<Col, Integer> index = new EnumMap<>(Col.class);
        Map<Col, String> text = new EnumMap<>(Col.class);
        List<String> unknown = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String normalized = Col.normalize(raw);
            Optional<Col> col = Arrays.stream(Col.values()).filter(c -> c.matches(normalized)).findFirst();
            if (col.isEmpty()) {
                unknown.add(raw);
            } else if (index.containsKey(col.get())) {
                problems.add(new Violation("第" + rowNumber + "行", "列“" + raw + "”与列“" + text.get(col.get())
                        + "”重复"));
            } else {
                index.put(col.get(), i);
                text.put(col.get(), raw);
            }
        }
        for (Col c : Col.values()) {
            if (c.required() && !index.containsKey(c)) {
                problems.add(new Violation("第" + rowNumber + "行", "缺少必需的列“" + c.header() + "”"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Header(index, text, unknown);
    }

    /** The cell of a column in a data row; "" when the column is absent or the row is short. */
    String cell(List<String> row, Col col) {
        Integer i = index.get(col);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    /** The column's header as the file writes it. */
    String text(Col col) {
        return text.getOrDefault(col, col.header());
    }

    /** Headers the file has that no column matches (ignored, reported once). */
    List<String> unknown() {
        return List.copyOf(unknown);
    }
}

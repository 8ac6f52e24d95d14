package cn.ecc.api.docs;

import java.util.List;

/**
 * One worksheet of an XLSX export: a title line, a header row, data rows, and notes under the table
 * (e.g. 制表人、制表时间). Cells may be {@code String}, any {@code Number} (BigDecimal for money),
 * {@code LocalDate}, {@code LocalDateTime}, {@code Boolean} or null; they are written with their type so that
 * Excel sums and sorts them.
 *
 * @param name    the tab's name (at most 31 characters)
 * @param title   the line above the table, e.g. 失信被执行人纳入/撤销台帐（2026年3月）; may be null
 * @param headers column headers
 * @param rows    data rows, each as long as {@code headers}
 * @param notes   lines under the table; may be empty
 */
public record Sheet(String name, String title, List<String> headers, List<List<Object>> rows, List<String> notes) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

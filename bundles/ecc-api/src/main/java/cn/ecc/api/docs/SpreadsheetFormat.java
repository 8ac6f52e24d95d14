package cn.ecc.api.docs;

import java.util.Locale;
import java.util.Optional;

/** Spreadsheet formats the platform reads. */
public enum SpreadsheetFormat {
    XLSX,
    /** Comma-separated; UTF-8 (with or without BOM) or GB18030/GBK as Excel saves it on Chinese Windows. */
    CSV;

    /** The format a file name's extension names. */
    public static Optional<SpreadsheetFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}

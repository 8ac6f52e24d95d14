package cn.ecc.api.docs;

import java.io.InputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Renders exports and printouts, and reads uploaded spreadsheets. */
@ProviderType
public interface DocumentService {

    /** An XLSX workbook with one tab per sheet. */
    byte[] xlsx(List<Sheet> sheets);

    /**
     * One PDF holding the documents in order, each starting on a new page (so that a series of cases prints
     * in one go). The CJK font is embedded (subset), so the file prints the same everywhere.
     */
    byte[] pdf(List<PdfDocument> documents);

    /**
     * Reads a spreadsheet's first sheet row by row, streaming.
     *
     * <p>What the handler sees, for XLSX and CSV alike: rows with no content are skipped (the row numbers of the
     * others stay those of the sheet); a row ends at its last non-empty cell, but is padded with {@code ""} to
     * the width of the widest row before it (so data rows are at least as wide as the header); cells are text
     * as the sheet shows it: numbers without exponent or binary noise ({@code 120000.5}), dates by their
     * format as ISO-8601 ({@code 2026-03-02}, {@code 2026-03-02T10:15:30}, {@code 10:15:30}), booleans
     * {@code TRUE}/{@code FALSE}, formulas by their cached value. Cells are not trimmed. Exceptions the handler
     * throws pass through unchanged.
     *
     * @throws cn.ecc.api.common.InvalidInputException when the file is not of the format, is too large or
     *         unreadable (field {@code file}, a message the user can act on)
     */
    void read(InputStream in, SpreadsheetFormat format, RowHandler handler);
}

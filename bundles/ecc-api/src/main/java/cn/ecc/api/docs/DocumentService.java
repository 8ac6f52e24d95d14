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
     * @throws cn.ecc.api.common.InvalidInputException when the file is not of the format (field {@code file})
     */
    void read(InputStream in, SpreadsheetFormat format, RowHandler handler);
}

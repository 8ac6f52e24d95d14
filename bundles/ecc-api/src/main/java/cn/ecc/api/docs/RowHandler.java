package cn.ecc.api.docs;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Receives a spreadsheet's rows one at a time, so that large files never sit in memory whole. */
@ConsumerType
@FunctionalInterface
public interface RowHandler {

    /**
     * @param rowNumber the row's number as the user sees it in the sheet (1 = first row)
     * @param cells     the cells as text (dates as ISO-8601, numbers without grouping); empty cells are ""
     * @return false to stop reading
     */
    boolean row(int rowNumber, List<String> cells);
}

package cn.ecc.intake.internal.batch;

import java.time.Instant;
import java.util.List;

/**
 * A batch as REST answers it: where it stands, its counts, and its report's problems (the first hundred;
 * the whole report pages through {@code /rows}).
 *
 * @param percent how much of the work is done, 0–100 (checking is the first half, filing the second)
 */
public record BatchView(long id, String fileName, String format, BatchStatus status, String statusLabel,
        int totalRows, int checkedRows, int invalidRows, int processedRows, int filedRows, int duplicateRows,
        int failedRows, int percent, String message, String createdBy, Instant createdAt, Instant finishedAt,
        List<RowView> problems) {

    /** One line of a batch's report. */
    public record RowView(int row, String filingReference, RowOutcome outcome, String column, String message,
            Long caseId, String caseNumber) {
    }

    public boolean finished() {
        return status == BatchStatus.DONE || status == BatchStatus.REJECTED || status == BatchStatus.FAILED;
    }

    static String label(BatchStatus s) {
        return switch (s) {
            case QUEUED -> "排队中";
            case CHECKING -> "正在检查";
            case FILING -> "正在立案";
            case DONE -> "已完成";
            case REJECTED -> "文件无法导入";
            case FAILED -> "处理中断";
        };
    }

    static int percent(BatchEntity b) {
        return switch (b.getStatus()) {
            case QUEUED -> 0;
            case CHECKING -> b.getTotalRows() == 0 ? 0 : 25;
            case FILING -> {
                int valid = b.getTotalRows() - b.getInvalidRows();
                yield valid <= 0 ? 99 : 50 + Math.min(49, b.getProcessedRows() * 50 / valid);
            }
            case DONE, REJECTED, FAILED -> 100;
        };
    }
}

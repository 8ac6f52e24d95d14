package cn.ecc.intake.internal.shell;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.intake.internal.batch.BatchProcessor;
import cn.ecc.intake.internal.batch.BatchView;
import cn.ecc.intake.internal.batch.BatchView.RowView;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "ecc", name = "intake-import", description = "从服务器上的 XLSX/CSV 文件批量立案，显示进度与逐行报告")
@Service
public class ImportCommand implements Action {

    @Reference
    BatchProcessor batches;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "file", required = true, description = "服务器上的 .xlsx 或 .csv 文件路径")
    @Completion(FileCompleter.class)
    String path;

    @Option(name = "--no-wait", description = "上传后立即返回，不等待完成")
    boolean noWait;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            Path file = Path.of(path);
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of("file", "文件不存在：" + path);
            }
            SpreadsheetFormat format = SpreadsheetFormat.ofFileName(file.getFileName().toString())
                    .orElseThrow(() -> InvalidInputException.of("file", "只接受 .xlsx 或 .csv 文件"));
            BatchView batch;
            try (InputStream in = Files.newInputStream(file)) {
                batch = batches.upload(in, file.getFileName().toString(), format, actor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrintStream out = System.out;
            out.println("批次 " + batch.id() + "：" + batch.fileName());
            if (noWait) {
                out.println("已排队。查看进度：GET /api/intake/batches/" + batch.id());
                return;
            }
            while (!batch.finished()) {
                out.print("\r" + bar(batch));
                out.flush();
                batch = batches.await(batch.id(), 1, actor);
            }
            out.println("\r" + bar(batch));
            out.println(batch.message());
            print(batch, out);
        });
    }

    static String bar(BatchView b) {
        int width = 30;
        int filled = b.percent() * width / 100;
        return "[" + "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "") + "] "
                + String.format("%3d%% ", b.percent()) + b.statusLabel() + "  已检查 " + b.checkedRows() + " 行，已立案 "
                + b.filedRows() + " 件   ";
    }

    static void print(BatchView b, PrintStream out) {
        if (b.problems().isEmpty()) {
            return;
        }
        Table table = new Table("行", "立案部门编号", "列", "问题");
        for (RowView r : b.problems()) {
            table.row(r.row(), r.filingReference(), r.column(), r.message());
        }
        table.print(out, true);
        if (b.problems().size() >= 100) {
            out.println("（仅列出前 100 条；完整报告见 REST GET /api/intake/batches/" + b.id() + "/rows）");
        }
    }
}

package cn.ecc.restrictions.internal.shell;

import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.restrictions.internal.LedgerAction;
import cn.ecc.restrictions.internal.RestrictionService;
import cn.ecc.restrictions.internal.RestrictionType;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LedgerQuery;
import cn.ecc.restrictions.internal.Views.Statistics;
import cn.ecc.restrictions.internal.Views.StatisticsRow;
import cn.ecc.shell.Commands;
import cn.ecc.shell.PagedCommand;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "ecc", name = "restriction-ledger",
        description = "失信、限高纳入/撤销台帐（可导出 XLSX 或 PDF）；--month 显示月度统计")
@Service
public class RestrictionLedgerCommand extends PagedCommand {

    @Reference
    RestrictionService restrictions;

    @Reference
    StaffDirectory staff;

    @Option(name = "--from", description = "起始日期（YYYY-MM-DD）")
    String from;

    @Option(name = "--to", description = "截止日期（YYYY-MM-DD）")
    String to;

    @Option(name = "--type", description = "类别：DISHONEST（失信）, CONSUMPTION（限高）")
    String type;

    @Option(name = "--action", description = "事项：LISTED, EXTENDED, TEMPORARILY_LIFTED, REMOVED, EXPIRED")
    String action;

    @Option(name = "--month", description = "显示该月（YYYY-MM）的统计，而不是台帐；与 --out 同用时导出统计表")
    String month;

    @Option(name = "--out", description = "导出到服务器上的文件：.xlsx（Excel）或 .pdf（打印版，仅台帐）")
    @Completion(FileCompleter.class)
    String out;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            if (month != null) {
                statistics(actor);
                return;
            }
            LedgerQuery q = new LedgerQuery(Inputs.date("--from", from), Inputs.date("--to", to),
                    Inputs.enumValue("--type", type, RestrictionType.class),
                    Inputs.enumValue("--action", action, LedgerAction.class), null);
            if (out != null) {
                String name = out.toLowerCase(Locale.ROOT);
                if (name.endsWith(".xlsx")) {
                    write(restrictions.ledgerXlsx(q, actor));
                } else if (name.endsWith(".pdf")) {
                    write(restrictions.ledgerPdf(q, actor));
                } else {
                    throw InvalidInputException.of("--out", "文件名须以 .xlsx 或 .pdf 结尾");
                }
                return;
            }
            Page<LedgerLine> page = restrictions.ledger(q, page(), actor);
            Table table = new Table("序号", "日期", "事项", "类别", "案号", "被执行人", "证件号码", "情形/理由", "期限至",
                    "审批人");
            for (LedgerLine l : page.items()) {
                String why = l.action() == LedgerAction.LISTED ? l.groundLabel() : l.reason();
                table.row(l.seq(), l.date(), l.actionLabel(), l.type().shortLabel(), l.caseNumber(),
                        Table.cut(l.personName(), 20), l.idNumber(), Table.cut(why, 24),
                        l.endsOn() == null ? "无固定期限" : l.endsOn(), Table.cut(l.approvers(), 40));
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.printf("共 %d 条，显示第 %d–%d 条%n", page.total(), page.items().isEmpty() ? 0 : offset + 1,
                        offset + page.items().size());
            }
        });
    }

    private void statistics(Actor actor) {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("--month", "月份无效，格式 YYYY-MM，如 2026-03");
        }
        if (out != null) {
            if (!out.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw InvalidInputException.of("--out", "统计表只导出 .xlsx");
            }
            write(restrictions.statisticsXlsx(m, actor));
            return;
        }
        Statistics s = restrictions.statistics(m, actor);
        if (!noFormat) {
            System.out.println(s.court() + " 失信、限高统计 " + s.month() + "（截至 " + s.to() + "）");
        }
        Table table = new Table("类别", "本月新纳入", "本月撤销/删除", "其中履行完毕", "本月期满", "月末生效中", "月末宽限期中",
                "累计纳入");
        for (StatisticsRow r : s.rows()) {
            row(table, r);
        }
        row(table, s.total());
        table.print(System.out, !noFormat);
    }

    private static void row(Table table, StatisticsRow r) {
        table.row(r.typeLabel(), r.listed(), r.removed(), r.removedAfterPerformance(), r.expired(), r.inForce(),
                r.inGrace(), r.listedInAll());
    }

    private void write(byte[] bytes) {
        try {
            Path file = Path.of(out);
            Files.write(file, bytes);
            System.out.println("已导出：" + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

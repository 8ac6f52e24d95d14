package cn.ecc.shell.internal;

import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.PagedCommand;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "case-list", description = "列出执行案件（可按状态、类型、承办人、立案日期、关键字筛选）")
@Service
public class CaseListCommand extends PagedCommand {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Option(name = "--status", description = "状态：REGISTERED, ACTIVE, SUSPENDED, CLOSED")
    String status;

    @Option(name = "--type", description = "类型：FIRST(执), RESUMED(执恢), PRESERVATION(执保) …")
    String type;

    @Option(name = "--handler", description = "承办人账号")
    String handler;

    @Option(name = "--from", description = "立案日期起（YYYY-MM-DD）")
    String from;

    @Option(name = "--to", description = "立案日期止（YYYY-MM-DD）")
    String to;

    @Option(name = "-q", aliases = "--query", description = "关键字：案号、当事人名称或执行依据")
    String text;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            CaseQuery q = new CaseQuery(Inputs.enumValue("--status", status, CaseStatus.class),
                    Inputs.enumValue("--type", type, CaseType.class), handler, Inputs.date("--from", from),
                    Inputs.date("--to", to), text, page());
            Page<CaseSummary> page = cases.search(q, SessionActors.current(staff));
            Table table = new Table("案号", "类型", "状态", "立案日期", "承办人", "申请执行人", "被执行人", "标的（元）");
            for (CaseSummary c : page.items()) {
                table.row(c.number(), c.type().code(), c.status().label(), c.filedOn(), c.handler(),
                        Table.cut(c.applicants(), 24), Table.cut(c.respondents(), 24), c.amount().toPlainString());
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.printf("共 %d 件，显示第 %d–%d 件%n", page.total(), page.items().isEmpty() ? 0 : offset + 1,
                        offset + page.items().size());
            }
        });
    }
}

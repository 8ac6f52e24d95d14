package cn.ecc.restrictions.internal.shell;

import cn.ecc.api.cases.CaseService;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.restrictions.internal.RestrictionService;
import cn.ecc.restrictions.internal.RestrictionState;
import cn.ecc.restrictions.internal.RestrictionType;
import cn.ecc.restrictions.internal.Views.RestrictionView;
import cn.ecc.shell.Commands;
import cn.ecc.shell.PagedCommand;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "restriction-list",
        description = "列出失信被执行人、限制高消费措施（可按案件、状态、类别、被执行人筛选；证件号码脱敏）")
@Service
public class RestrictionListCommand extends PagedCommand {

    @Reference
    RestrictionService restrictions;

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Option(name = "--case", description = "案号或案件编号")
    String caseRef;

    @Option(name = "--state", description = "状态：GRACE（宽限期中）, IN_FORCE（生效中）, ENDED（已结束）")
    String state;

    @Option(name = "--type", description = "类别：DISHONEST（失信）, CONSUMPTION（限高）")
    String type;

    @Option(name = "-q", aliases = "--query", description = "被执行人名称或案号的一部分")
    String text;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            RestrictionService.Query q = new RestrictionService.Query(CaseRefs.id(cases, caseRef, actor),
                    Inputs.enumValue("--state", state, RestrictionState.class),
                    Inputs.enumValue("--type", type, RestrictionType.class), text);
            Page<RestrictionView> page = restrictions.search(q, page(), actor);
            Table table = new Table("编号", "案号", "被执行人", "证件号码", "类别", "情形", "状态", "决定日期", "生效日期",
                    "期限", "结束");
            for (RestrictionView r : page.items()) {
                String state = r.stateLabel() + (r.temporarilyLifted() ? "（暂时解除中）" : "");
                String ended = r.endedOn() == null ? "-" : r.endedOn() + " " + r.endKindLabel();
                table.row(r.id(), r.caseNumber(), Table.cut(r.personName(), 20), r.idNumber(), r.type().shortLabel(),
                        Table.cut(r.groundLabel(), 20), state, r.decidedOn(), r.effectiveOn(), r.termText(), ended);
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.printf("共 %d 项，显示第 %d–%d 项%n", page.total(), page.items().isEmpty() ? 0 : offset + 1,
                        offset + page.items().size());
            }
        });
    }
}

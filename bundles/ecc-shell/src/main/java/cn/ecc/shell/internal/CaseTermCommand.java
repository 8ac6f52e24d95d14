package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.nodes.CaseTerm;
import cn.ecc.api.nodes.CaseTermService;
import cn.ecc.api.nodes.TermEvent;
import cn.ecc.api.nodes.TermPauseReason;
import cn.ecc.api.security.Actor;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "ecc", name = "case-term", description = "显示案件审限；--suspend 暂停计算、--resume 恢复计算（延长只经审批）")
@Service
public class CaseTermCommand implements Action {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Reference
    CaseTermService terms;

    @Argument(index = 0, name = "case", required = true, description = "案号或案件编号")
    @Completion(CaseNumberCompleter.class)
    String ref;

    @Option(name = "--suspend", description = "暂停原因：SUSPENSION（中止）、ANNOUNCEMENT（公告）、APPRAISAL（鉴定评估）、AUCTION（拍卖）、SALE（变卖）")
    @Completion(value = StringsCompleter.class, values = {"SUSPENSION", "ANNOUNCEMENT", "APPRAISAL", "AUCTION", "SALE"})
    String suspend;

    @Option(name = "--resume", description = "恢复计算")
    boolean resume;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            if (suspend != null && resume) {
                throw InvalidInputException.of("--suspend", "不能与 --resume 同时使用");
            }
            CaseDetail c = CaseShowCommand.find(cases, ref, actor);
            CaseTerm t = suspend != null ? terms.suspend(c.id(), Inputs.enumValue("--suspend", suspend,
                    TermPauseReason.class), actor) : resume ? terms.resume(c.id(), actor) : terms.term(c.id(), actor);
            System.out.println(c.number() + " 审限");
            System.out.println("  立案日期：" + t.startedOn() + "，审限 " + t.months() + " 个月，原届满日 " + t.baseEnd());
            System.out.println("  暂停扣除：" + t.pausedDays() + " 日；批准延长：" + t.extensionDays() + " 日");
            System.out.println("  届满日：" + (t.paused() ? "暂停计算中（" + t.pauseReason().label() + "，自 "
                    + ShellTime.minutes(t.pausedSince()) + "）" : t.dueOn() + "（" + ShellTime.weekday(t.dueOn()) + "）"));
            for (TermEvent e : t.history()) {
                String what = switch (e.kind()) {
                    case TermEvent.PAUSE -> "暂停（" + e.reason().label() + "）";
                    case TermEvent.RESUME -> "恢复，计入 " + e.days() + " 日";
                    default -> "延长 " + e.days() + " 日（审批 " + e.approvalId() + "）";
                };
                System.out.println("  " + ShellTime.minutes(e.at()) + " " + what + " " + e.actor());
            }
        });
    }
}

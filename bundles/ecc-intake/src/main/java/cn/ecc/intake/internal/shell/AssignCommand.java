package cn.ecc.intake.internal.shell;

import cn.ecc.api.cases.CaseService;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.intake.internal.IntakeService;
import cn.ecc.intake.internal.Views.Assignment;
import cn.ecc.intake.internal.Views.Candidate;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "intake-assign", description = "分案：照录立案庭随机分案的承办人，或按在办案件数均衡随机抽取")
@Service
public class AssignCommand implements Action {

    @Reference
    IntakeService intake;

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "case", required = true, description = "案号或案件编号")
    String ref;

    @Option(name = "--handler", description = "立案庭随机分案确定的承办人（账号或姓名）；不填则由指挥中心抽取")
    String handler;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            long id = CaseRefs.id(cases, ref, actor);
            Assignment a = intake.assign(id, handler, actor);
            System.out.println(a.caseNumber() + " 承办人：" + a.handler() + "（" + a.methodLabel() + "）");
            if (!a.candidates().isEmpty()) {
                System.out.println("规则：" + a.rule());
                StringBuilder sb = new StringBuilder("候选人（在办案件数）：");
                for (Candidate c : a.candidates()) {
                    sb.append(c.username()).append("(").append(c.openCases()).append(") ");
                }
                System.out.println(sb.toString().strip());
                System.out.println("抽取：第 " + a.draw());
            }
        });
    }
}

package cn.ecc.shell.internal;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.Party;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "case-show", description = "显示一件案件的详情")
@Service
public class CaseShowCommand implements Action {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "case", required = true, description = "案号，如 (2026)豫1330执123号，或案件编号")
    @Completion(CaseNumberCompleter.class)
    String ref;

    @Override
    public Object execute() {
        return Commands.run(() -> print(find(cases, ref, SessionActors.current(staff))));
    }

    /** A case by its number, or by its id when the text is all digits. */
    static CaseDetail find(CaseService cases, String ref, Actor actor) {
        String text = ref.strip();
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 19) {
            return cases.get(Long.parseLong(text), actor);
        }
        return cases.findByNumber(text, actor).orElseThrow(() -> new NotFoundException("没有案号为 " + text + " 的案件"));
    }

    private static void print(CaseDetail c) {
        System.out.println(c.number() + "  （编号 " + c.id() + "，版本 " + c.version() + "）");
        line("类型", c.type().label());
        line("状态", c.status().label() + (c.closingType() == null ? "" : "（" + c.closingType().label() + "）"));
        line("立案日期", c.filedOn());
        line("案由", c.cause());
        line("执行依据", c.basis());
        line("申请标的", c.amount().toPlainString() + " 元");
        line("承办人", c.handler());
        line("非诉执行", c.nonLitigation() ? "是" : "否");
        line("重点案件", c.keyCase() ? "是" + (c.keyCategory() == null ? "" : "（" + c.keyCategory() + "）") : "否");
        line("立案部门编号", c.filingReference());
        parties("申请执行人", c.applicants());
        parties("被执行人", c.respondents());
    }

    private static void parties(String label, List<Party> parties) {
        for (Party p : parties) {
            line(label, p.name() + "（" + p.kind().label() + "）" + opt("证件号", p.idNumber()) + opt("电话", p.phone())
                    + opt("地址", p.address()));
        }
    }

    private static String opt(String label, String value) {
        return value == null ? "" : "  " + label + " " + value;
    }

    private static void line(String label, Object value) {
        System.out.println("  " + label + "：" + Commands.orDash(value));
    }
}

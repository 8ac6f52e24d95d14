package cn.ecc.intake.internal.shell;

import cn.ecc.api.cases.CaseService;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.intake.internal.IntakeService;
import cn.ecc.intake.internal.Views.Documents;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "intake-docs", description = "首批文书：生成 PDF 到文件，或登记已发送")
@Service
public class DocsCommand implements Action {

    @Reference
    IntakeService intake;

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "case", required = true, description = "案号或案件编号")
    String ref;

    @Option(name = "--out", description = "把五种文书写入此 PDF 文件（服务器上的路径）")
    String out;

    @Option(name = "--sent", description = "登记首批文书已发送（完成“发送首批文书”节点）")
    boolean sent;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            long id = CaseRefs.id(cases, ref, actor);
            if (out != null) {
                try {
                    Path file = Path.of(out);
                    Files.write(file, intake.pdf(List.of(id), List.of(), actor));
                    System.out.println("已生成：" + file.toAbsolutePath());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Documents d = sent ? intake.markSent(id, actor) : intake.documents(id, actor);
            System.out.println(d.caseNumber() + " 首批文书：" + d.documents().stream().map(x -> x.title())
                    .reduce((a, b) -> a + "、" + b).orElse(""));
            System.out.println(d.sentAt() == null ? "尚未登记发送" : "已于 " + d.sentAt() + " 由 " + d.sentBy() + " 登记发送");
        });
    }
}

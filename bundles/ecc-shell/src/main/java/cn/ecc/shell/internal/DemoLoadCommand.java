package cn.ecc.shell.internal;

import cn.ecc.api.demo.DemoData;
import cn.ecc.api.demo.DemoData.DemoSummary;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "demo-load",
        description = "载入演示数据：虚构的各角色工作人员与数十件虚构案件（只用于演示和培训；已载入的不重复）")
@Service
public class DemoLoadCommand implements Action {

    @Reference
    DemoData demo;

    @Reference
    StaffDirectory staff;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            DemoSummary s = demo.load(SessionActors.current(staff));
            System.out.println("演示数据已载入：新增账户 " + s.staffAdded() + " 个、案件 " + s.casesAdded() + " 件、审批 "
                    + s.approvals() + " 件");
            System.out.println("演示账户（如 zhouming 执行局长、chenlin 执行法官、songyu 书记员，见 README）的密码均为 "
                    + s.password() + "；正式使用前请勿载入演示数据");
        });
    }
}

package cn.ecc.shell.internal;

import cn.ecc.api.court.Court;
import cn.ecc.api.court.CourtService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "court-show", description = "显示本院信息（配置 ecc.court）")
@Service
public class CourtShowCommand implements Action {

    @Reference
    CourtService courts;

    @Override
    public Object execute() {
        Court c = courts.court();
        System.out.println("法院名称：" + c.name());
        System.out.println("法院代字：" + c.code());
        System.out.println("上级法院：" + c.superiorCourt());
        System.out.println("（修改：config:edit ecc.court）");
        return null;
    }
}

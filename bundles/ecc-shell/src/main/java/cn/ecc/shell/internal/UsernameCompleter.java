package cn.ecc.shell.internal;

import cn.ecc.api.common.EccException;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes staff usernames (those the session's user may list). */
@Service
public class UsernameCompleter implements Completer {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        try {
            admin.list(null, null, true, SessionActors.current(staff))
                    .forEach(a -> delegate.getStrings().add(a.member().username()));
        } catch (EccException e) {
            // not allowed to list staff: nothing to offer
        }
        return delegate.complete(session, commandLine, candidates);
    }
}

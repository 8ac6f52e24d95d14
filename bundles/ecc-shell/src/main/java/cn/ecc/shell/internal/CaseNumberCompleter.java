package cn.ecc.shell.internal;

import cn.ecc.api.cases.CaseQuery;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.EccException;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes case numbers from what has been typed (newest first, at most 50 candidates). */
@Service
public class CaseNumberCompleter implements Completer {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter delegate = new StringsCompleter();
        CaseQuery query = new CaseQuery(null, null, null, null, null, typed.isBlank() ? null : typed,
                new PageRequest(50, 0));
        try {
            for (CaseSummary c : cases.search(query, SessionActors.current(staff)).items()) {
                delegate.getStrings().add(c.number());
            }
        } catch (EccException e) {
            // no permission to read cases: nothing to offer
        }
        return delegate.complete(session, commandLine, candidates);
    }
}

package cn.ecc.shell.internal;

import cn.ecc.api.common.EccException;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes node types from the rules in force. */
@Service
public class NodeTypeCompleter implements Completer {

    @Reference
    NodeService nodes;

    @Reference
    StaffDirectory staff;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        try {
            nodes.rules(SessionActors.current(staff)).stream().map(NodeRule::type).forEach(delegate.getStrings()::add);
        } catch (EccException e) {
            // not allowed to read the rules: nothing to offer
        }
        return delegate.complete(session, commandLine, candidates);
    }
}

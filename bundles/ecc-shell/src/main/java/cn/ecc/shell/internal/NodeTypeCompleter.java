package cn.ecc.shell.internal;

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

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        nodes.rules(ShellActors.current()).stream().map(NodeRule::type).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}

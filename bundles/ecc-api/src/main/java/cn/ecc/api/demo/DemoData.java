package cn.ecc.api.demo;

import cn.ecc.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The fictional demonstration data set: staff for every role (all with one demo password, listed in the
 * README) and a few dozen cases. It exists only after someone loads it on purpose.
 */
@ProviderType
public interface DemoData {

    /**
     * Loads what is not loaded yet; loading twice adds nothing. Needs {@code demo.load}.
     *
     * @return what was added
     */
    DemoSummary load(Actor actor);

    /**
     * @param staffAdded  accounts created
     * @param casesAdded  cases filed
     * @param approvals   approvals asked for
     * @param password    the demo accounts' password
     */
    record DemoSummary(int staffAdded, int casesAdded, int approvals, String password) {
    }
}

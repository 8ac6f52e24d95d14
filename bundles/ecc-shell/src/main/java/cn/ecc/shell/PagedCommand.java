package cn.ecc.shell;

import cn.ecc.api.common.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;

/**
 * A command that lists one page of something: the options every list shares ({@code --limit},
 * {@code --offset}, {@code --no-format}), so they read the same in every ecc command.
 */
public abstract class PagedCommand implements Action {

    @Option(name = "--limit", description = "最多显示条数（默认 20，至多 500）")
    protected int limit = PageRequest.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "跳过条数")
    protected int offset;

    @Option(name = "--no-format", description = "不画表格线，便于脚本处理")
    protected boolean noFormat;

    /** The page the options ask for (a wrong limit or offset is refused with a clear line). */
    protected PageRequest page() {
        return new PageRequest(limit, offset);
    }
}

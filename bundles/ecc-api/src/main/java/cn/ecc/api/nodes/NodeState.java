package cn.ecc.api.nodes;

/** Where a node stands relative to its deadline and the clock. */
public enum NodeState {
    /** Open, not yet in its warning period. */
    OPEN("进行中"),
    /** Open and within its warning period (default 3 days before the deadline). */
    DUE_SOON("即将到期"),
    /** Open past its deadline. */
    OVERDUE("已超期"),
    /** Completed. */
    DONE("已完成");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.ecc.restrictions.internal;

/** Where a request stands. Only an approved request changes a restriction. */
public enum RequestState {
    PENDING("审批中"),
    /** Approved and carried out. */
    DONE("已批准并执行"),
    REJECTED("未批准"),
    /** Approved, but no longer applicable when the decision came (e.g. the restriction had ended meanwhile). */
    VOID("已批准，未执行");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

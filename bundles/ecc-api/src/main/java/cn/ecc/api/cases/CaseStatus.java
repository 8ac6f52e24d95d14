package cn.ecc.api.cases;

/** Where a case stands. */
public enum CaseStatus {
    /** 已立案，待分案 */
    REGISTERED("待分案"),
    /** 在办 */
    ACTIVE("在办"),
    /** 中止执行 */
    SUSPENDED("中止"),
    /** 已结案 */
    CLOSED("已结案");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

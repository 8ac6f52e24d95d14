package cn.ecc.api.cases;

/** How a case was closed (结案方式). */
public enum ClosingType {
    FULFILLED("执行完毕"),
    TERMINATED_THIS_ROUND("终结本次执行程序"),
    TERMINATED("终结执行"),
    WITHDRAWN("销案"),
    NOT_ENFORCED("不予执行"),
    REJECTED("驳回申请");

    private final String label;

    ClosingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

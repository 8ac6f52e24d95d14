package cn.ecc.restrictions.internal;

/** What a line of the 纳入/撤销台帐 records. */
public enum LedgerAction {
    LISTED("纳入"),
    EXTENDED("延长期限"),
    TEMPORARILY_LIFTED("暂时解除"),
    REMOVED("撤销/删除"),
    EXPIRED("期满删除");

    private final String label;

    LedgerAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.ecc.api.nodes;

/** Why the case term (审限) does not run (SPC 2006: these periods do not count towards the term). */
public enum TermPauseReason {
    SUSPENSION("中止执行"),
    ANNOUNCEMENT("公告"),
    APPRAISAL("鉴定、评估"),
    AUCTION("拍卖"),
    SALE("变卖");

    private final String label;

    TermPauseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

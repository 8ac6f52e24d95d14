package cn.ecc.intake.internal.docs;

import cn.ecc.api.common.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The documents sent at the start of every case (regulation item 2), each from a per-court template. */
public enum InitialDocument {
    EXECUTION_NOTICE("execution-notice", "执行通知书"),
    PROPERTY_REPORT_ORDER("property-report-order", "报告财产令"),
    INTEGRITY_CARD("integrity-card", "廉政监督卡"),
    PAYMENT_NOTICE("payment-notice", "缴款通知书"),
    RIGHTS_NOTICE("rights-notice", "权利义务告知书");

    private final String id;
    private final String title;

    InitialDocument(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The id in URLs and the template's file name ({@code <id>.json}). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static InitialDocument byId(String field, String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "未知的文书，可选：" + Arrays.stream(values())
                        .map(InitialDocument::id).collect(Collectors.joining(", "))));
    }
}

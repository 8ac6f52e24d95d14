package cn.ecc.api.cases;

import java.util.Arrays;
import java.util.Optional;

/** Enforcement case types and the type code (类型代字) each carries in its case number. */
public enum CaseType {
    /** 首次执行 */
    FIRST("执", "首次执行"),
    /** 恢复执行 */
    RESUMED("执恢", "恢复执行"),
    /** 财产保全执行 */
    PRESERVATION("执保", "财产保全执行"),
    /** 执行异议 */
    OBJECTION("执异", "执行异议"),
    /** 执行复议 */
    REVIEW("执复", "执行复议"),
    /** 执行监督 */
    SUPERVISION("执监", "执行监督"),
    /** 执行协调 */
    COORDINATION("执协", "执行协调"),
    /** 其他执行，如受托事项 */
    OTHER("执他", "其他执行");

    private final String code;
    private final String label;

    CaseType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The type code in the case number, e.g. 执恢. */
    public String code() {
        return code;
    }

    /** The name users read. */
    public String label() {
        return label;
    }

    public static Optional<CaseType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

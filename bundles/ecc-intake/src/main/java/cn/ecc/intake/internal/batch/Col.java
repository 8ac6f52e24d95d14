package cn.ecc.intake.internal.batch;

import java.util.List;

/**
 * The columns of an import spreadsheet. Each accepts its Chinese header, common variants, and an English
 * name for systems that export with English headers. Several applicants or respondents go in one row,
 * separated by semicolons (; or ；), each party column listing them in the same order.
 */
public enum Col {
    FILING_REFERENCE(true, "立案部门编号", "filingReference", "立案编号", "收案编号", "收案号"),
    TYPE(true, "案件类型", "type", "类型"),
    FILED_ON(false, "立案日期", "filedOn"),
    CAUSE(false, "案由", "cause"),
    BASIS(true, "执行依据", "basis", "执行依据文书", "执行依据文书号", "执行依据文号"),
    AMOUNT(true, "申请执行标的", "amount", "申请执行标的额", "申请执行金额", "执行标的", "标的金额", "申请标的"),
    NON_LITIGATION(false, "非诉执行", "nonLitigation", "是否非诉执行"),
    HANDLER(false, "承办人", "handler", "承办法官"),
    APPLICANT_NAME(true, "申请执行人", "applicantName", "申请执行人名称", "申请执行人姓名"),
    APPLICANT_KIND(false, "申请执行人类型", "applicantKind"),
    APPLICANT_ID(false, "申请执行人证件号码", "applicantIdNumber", "申请执行人证件号", "申请执行人身份证号码",
            "申请执行人身份证号", "申请执行人统一社会信用代码"),
    APPLICANT_PHONE(false, "申请执行人电话", "applicantPhone", "申请执行人联系电话", "申请执行人手机"),
    APPLICANT_ADDRESS(false, "申请执行人地址", "applicantAddress", "申请执行人住所地", "申请执行人住址", "申请执行人送达地址"),
    RESPONDENT_NAME(true, "被执行人", "respondentName", "被执行人名称", "被执行人姓名"),
    RESPONDENT_KIND(false, "被执行人类型", "respondentKind"),
    RESPONDENT_ID(false, "被执行人证件号码", "respondentIdNumber", "被执行人证件号", "被执行人身份证号码", "被执行人身份证号",
            "被执行人统一社会信用代码"),
    RESPONDENT_PHONE(false, "被执行人电话", "respondentPhone", "被执行人联系电话", "被执行人手机"),
    RESPONDENT_ADDRESS(false, "被执行人地址", "respondentAddress", "被执行人住所地", "被执行人住址", "被执行人送达地址");

    private final boolean required;
    private final List<String> names;

    Col(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    public boolean required() {
        return required;
    }

    /** The header the documentation uses. */
    public String header() {
        return names.get(0);
    }

    /** Whether a header (as typed by a user) names this column. */
    boolean matches(String normalizedHeader) {
        return names.stream().anyMatch(n -> normalize(n).equals(normalizedHeader));
    }

    /**
     * A header as users type it, made comparable: no spaces (also full-width), no required-marker asterisks,
     * no unit in brackets such as （元）, ASCII lower case.
     */
    static String normalize(String header) {
        String h = header == null ? "" : header;
        h = h.replaceAll("[\\s\\u3000*＊]", "");
        h = h.replaceAll("[(（][^)）]*[)）]$", "");
        return h.toLowerCase(java.util.Locale.ROOT);
    }
}

package cn.ecc.intake.internal.batch;

import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.IdNumbers;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.Violation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a data row into the case it asks to file, and every problem into a message on a column the user
 * can find in the file. Problems of the case's own rules come from the case service's check and are
 * mapped back to columns here.
 */
final class RowMapper {

    /** A row read: the case it files (null when it cannot be built) and what is wrong with it. */
    record Mapped(NewCase input, List<Issue> issues) {
    }

    /** One problem of a row, on a column as the file names it. */
    record Issue(String column, String message) {
    }

    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SPLIT = Pattern.compile("\\s*[;；]\\s*");
    private static final Pattern PARTY_FIELD = Pattern.compile("(applicants|respondents)(?:\\[(\\d+)])?(?:\\.(\\w+))?");
    private static final List<String> ORGANISATION_WORDS = List.of("公司", "厂", "银行", "合作社", "中心", "医院", "学校",
            "集团", "委员会", "事务所", "商行", "店", "局", "处", "站", "协会", "研究院", "有限合伙");

    private final Header header;
    private final Function<String, Optional<String>> handlers;

    /**
     * @param handlers resolves what the 承办人 column says (a username or a real name) to the username of an
     *                 active judge, empty when there is none
     */
    RowMapper(Header header, Function<String, Optional<String>> handlers) {
        this.header = header;
        this.handlers = handlers;
    }

    Mapped map(List<String> row) {
        List<Issue> issues = new ArrayList<>();
        String reference = cell(row, Col.FILING_REFERENCE);
        if (reference.isEmpty()) {
            issues.add(issue(Col.FILING_REFERENCE, "必须填写（用于防止重复立案）"));
        }
        CaseType type = type(cell(row, Col.TYPE), issues);
        LocalDate filedOn = date(cell(row, Col.FILED_ON), issues);
        BigDecimal amount = amount(cell(row, Col.AMOUNT), issues);
        Boolean nonLitigation = yesNo(cell(row, Col.NON_LITIGATION), Col.NON_LITIGATION, issues);
        String handler = handler(cell(row, Col.HANDLER), issues);
        List<Party> applicants = parties(row, true, issues);
        List<Party> respondents = parties(row, false, issues);
        NewCase input = new NewCase(type, filedOn, blankToNull(cell(row, Col.CAUSE)),
                blankToNull(cell(row, Col.BASIS)), amount, nonLitigation, applicants, respondents, handler,
                blankToNull(reference));
        return new Mapped(input, issues);
    }

    /** The case service's violations (fields of {@link NewCase}) as problems on the file's columns. */
    List<Issue> onColumns(List<Violation> violations) {
        List<Issue> issues = new ArrayList<>();
        for (Violation v : violations) {
            issues.add(onColumn(v));
        }
        return issues;
    }

    private Issue onColumn(Violation v) {
        Col col = switch (v.field()) {
            case "type" -> Col.TYPE;
            case "filedOn" -> Col.FILED_ON;
            case "cause" -> Col.CAUSE;
            case "basis" -> Col.BASIS;
            case "amount" -> Col.AMOUNT;
            case "nonLitigation" -> Col.NON_LITIGATION;
            case "handler" -> Col.HANDLER;
            case "filingReference" -> Col.FILING_REFERENCE;
            default -> null;
        };
        if (col != null) {
            return issue(col, v.message());
        }
        Matcher m = PARTY_FIELD.matcher(v.field());
        if (m.matches()) {
            boolean applicant = m.group(1).equals("applicants");
            String property = m.group(3) == null ? "name" : m.group(3);
            Col partyCol = switch (property) {
                case "kind" -> applicant ? Col.APPLICANT_KIND : Col.RESPONDENT_KIND;
                case "idNumber" -> applicant ? Col.APPLICANT_ID : Col.RESPONDENT_ID;
                case "phone" -> applicant ? Col.APPLICANT_PHONE : Col.RESPONDENT_PHONE;
                case "address" -> applicant ? Col.APPLICANT_ADDRESS : Col.RESPONDENT_ADDRESS;
                default -> applicant ? Col.APPLICANT_NAME : Col.RESPONDENT_NAME;
            };
            String which = m.group(2) == null ? "" : "第" + (Integer.parseInt(m.group(2)) + 1) + "位：";
            return issue(partyCol, which + v.message());
        }
        return new Issue(v.field(), v.message());
    }

    private List<Party> parties(List<String> row, boolean applicants, List<Issue> issues) {
        Col nameCol = applicants ? Col.APPLICANT_NAME : Col.RESPONDENT_NAME;
        List<String> names = split(cell(row, nameCol));
        if (names.isEmpty()) {
            return List.of();
        }
        Col kindCol = applicants ? Col.APPLICANT_KIND : Col.RESPONDENT_KIND;
        Col idCol = applicants ? Col.APPLICANT_ID : Col.RESPONDENT_ID;
        Col phoneCol = applicants ? Col.APPLICANT_PHONE : Col.RESPONDENT_PHONE;
        Col addressCol = applicants ? Col.APPLICANT_ADDRESS : Col.RESPONDENT_ADDRESS;
        List<String> kinds = aligned(row, kindCol, names.size(), nameCol, true, issues);
        List<String> ids = aligned(row, idCol, names.size(), nameCol, false, issues);
        List<String> phones = aligned(row, phoneCol, names.size(), nameCol, false, issues);
        List<String> addresses = aligned(row, addressCol, names.size(), nameCol, false, issues);
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = ids.get(i).toUpperCase(Locale.ROOT);
            PartyKind kind = kind(kinds.get(i), names.get(i), id, kindCol, names.size() > 1 ? i : -1, issues);
            parties.add(new Party(null, kind, names.get(i), blankToNull(id), blankToNull(phones.get(i)),
                    blankToNull(addresses.get(i))));
        }
        return parties;
    }

    /**
     * A party column's values, one per party named (semicolon separated, in the same order), or none.
     * For the kind column one value may serve every party.
     */
    private List<String> aligned(List<String> row, Col col, int count, Col nameCol, boolean oneServesAll,
            List<Issue> issues) {
        List<String> values = split(cell(row, col));
        if (values.size() == count) {
            return values;
        }
        if (values.size() == 1 && oneServesAll) {
            return java.util.Collections.nCopies(count, values.get(0));
        }
        if (!values.isEmpty()) {
            issues.add(issue(col, "填写了 " + values.size() + " 项，与“" + header.text(nameCol) + "”的 " + count
                    + " 位当事人不一致（多位当事人以分号分隔，各列顺序一致）"));
        }
        return java.util.Collections.nCopies(count, "");
    }

    private PartyKind kind(String value, String name, String id, Col col, int index, List<Issue> issues) {
        String v = value.strip();
        if (!v.isEmpty()) {
            switch (v.toUpperCase(Locale.ROOT)) {
                case "自然人", "个人", "公民", "PERSON":
                    return PartyKind.PERSON;
                case "法人", "单位", "企业", "组织", "非法人组织", "法人或非法人组织", "其他组织", "ORGANISATION", "ORGANIZATION":
                    return PartyKind.ORGANISATION;
                default:
                    issues.add(issue(col, (index >= 0 ? "第" + (index + 1) + "位：" : "")
                            + "应为“自然人”或“法人或非法人组织”"));
                    return null;
            }
        }
        // not stated: the identification number tells, else the name
        if (IdNumbers.isCitizenId(id)) {
            return PartyKind.PERSON;
        }
        if (IdNumbers.isCreditCode(id)) {
            return PartyKind.ORGANISATION;
        }
        return ORGANISATION_WORDS.stream().anyMatch(name::contains) ? PartyKind.ORGANISATION : PartyKind.PERSON;
    }

    private CaseType type(String value, List<Issue> issues) {
        if (value.isEmpty()) {
            return null;
        }
        for (CaseType t : CaseType.values()) {
            if (t.name().equalsIgnoreCase(value) || t.code().equals(value) || t.label().equals(value)) {
                return t;
            }
        }
        issues.add(issue(Col.TYPE, "无法识别的案件类型，应为 " + Arrays.stream(CaseType.values())
                .map(CaseType::code).reduce((a, b) -> a + "、" + b).orElse("")));
        return null;
    }

    private LocalDate date(String value, List<Issue> issues) {
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = LOOSE_DATE.matcher(value);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // an impossible date such as 2026-02-30: reported below
            }
        }
        issues.add(issue(Col.FILED_ON, "日期无效，应为真实日期，如 2026-03-02"));
        return null;
    }

    private BigDecimal amount(String value, List<Issue> issues) {
        if (value.isEmpty()) {
            return null;
        }
        String v = value.replaceAll("[,，\\s元¥￥]", "");
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            issues.add(issue(Col.AMOUNT, "应为金额（元），如 120000.50"));
            return null;
        }
    }

    private Boolean yesNo(String value, Col col, List<Issue> issues) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "是", "y", "yes", "true", "1" -> Boolean.TRUE;
            case "否", "n", "no", "false", "0" -> Boolean.FALSE;
            default -> {
                issues.add(issue(col, "应为“是”或“否”"));
                yield null;
            }
        };
    }

    private String handler(String value, List<Issue> issues) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> username = handlers.apply(value);
        if (username.isEmpty()) {
            issues.add(issue(Col.HANDLER, "“" + value + "”不是本院在职的执行法官"));
            return null;
        }
        return username.get();
    }

    private String cell(List<String> row, Col col) {
        return header.cell(row, col);
    }

    private Issue issue(Col col, String message) {
        return new Issue(header.text(col), message);
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SPLIT.split(cell.strip(), -1)).map(String::strip).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

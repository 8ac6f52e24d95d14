package cn.ecc.core.internal.cases;

import cn.ecc.api.cases.CasePatch;
import cn.ecc.api.cases.IdNumbers;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a case's data before anything is written, and names every wrong field at once.
 */
final class CaseValidator {

    /** Ten trillion yuan: above any real claim, below the column's precision. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9][0-9 -]{5,19}");

    private final List<Violation> violations = new ArrayList<>();

    private CaseValidator() {
    }

    static void checkNew(NewCase c, LocalDate today) {
        CaseValidator v = new CaseValidator();
        if (c == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        v.required("type", c.type());
        if (c.filedOn() != null && c.filedOn().isAfter(today)) {
            v.add("filedOn", "立案日期不能晚于今天");
        }
        if (c.filedOn() != null && c.filedOn().getYear() < 1990) {
            v.add("filedOn", "立案日期不合理");
        }
        v.text("cause", c.cause(), false, 200);
        v.text("basis", c.basis(), true, 500);
        v.amount("amount", c.amount(), true);
        v.parties("applicants", c.applicants(), true);
        v.parties("respondents", c.respondents(), true);
        v.text("handler", c.handler(), false, 64);
        v.text("filingReference", c.filingReference(), false, 100);
        v.throwIfAny();
    }

    static void checkPatch(CasePatch p) {
        CaseValidator v = new CaseValidator();
        if (p == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        v.text("cause", p.cause(), false, 200);
        if (p.basis() != null) {
            v.text("basis", p.basis(), true, 500);
        }
        v.amount("amount", p.amount(), false);
        v.text("keyCategory", p.keyCategory(), false, 100);
        if (p.applicants() != null) {
            v.parties("applicants", p.applicants(), true);
        }
        if (p.respondents() != null) {
            v.parties("respondents", p.respondents(), true);
        }
        v.throwIfAny();
    }

    private void parties(String field, List<Party> parties, boolean atLeastOne) {
        if (parties == null || parties.isEmpty()) {
            if (atLeastOne) {
                add(field, "至少需要一名当事人");
            }
            return;
        }
        if (parties.size() > 500) {
            add(field, "当事人不能超过 500 名");
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            String at = field + "[" + i + "]";
            Party p = parties.get(i);
            if (p == null) {
                add(at, "当事人不能为空");
                continue;
            }
            required(at + ".kind", p.kind());
            text(at + ".name", p.name(), true, 200);
            text(at + ".address", p.address(), false, 300);
            if (p.address() != null && p.address().contains("*")) {
                // a masked address read from a list must not be written back over the real one
                add(at + ".address", "地址不能包含 *（疑为脱敏后的数据）");
            }
            if (p.idNumber() != null && !p.idNumber().isBlank()) {
                String id = p.idNumber().strip();
                if (p.kind() == PartyKind.PERSON && !IdNumbers.isCitizenId(id)) {
                    add(at + ".idNumber", "公民身份号码格式或校验位不正确");
                } else if (p.kind() == PartyKind.ORGANISATION && !IdNumbers.isCreditCode(id)
                        && !IdNumbers.isCitizenId(id)) {
                    // an individual business (个体工商户) is sometimes recorded with its owner's ID number
                    add(at + ".idNumber", "统一社会信用代码格式不正确");
                }
            }
            if (p.phone() != null && !p.phone().isBlank() && !PHONE.matcher(p.phone().strip()).matches()) {
                add(at + ".phone", "电话号码格式不正确");
            }
        }
    }

    private void amount(String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            if (required) {
                add(field, "必须填写");
            }
            return;
        }
        if (amount.signum() < 0) {
            add(field, "金额不能为负数");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            add(field, "金额最多保留两位小数");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            add(field, "金额超出允许范围");
        }
    }

    private void text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "必须填写");
            }
            return;
        }
        if (value.strip().codePointCount(0, value.strip().length()) > max) {
            add(field, "不能超过 " + max + " 个字");
        }
        if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
            add(field, "不能包含控制字符");
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            add(field, "必须填写");
        }
    }

    private void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    private void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}

package cn.ecc.core.internal.cases;

import cn.ecc.api.privacy.Masks;
import cn.ecc.core.internal.cases.PartyEntity.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the audit trail records of a case: its fields, with parties' personal data masked. */
public final class CaseAudit {

    private CaseAudit() {
    }

    public static Map<String, Object> snapshot(CaseEntity c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.getNumber());
        m.put("type", c.getType());
        m.put("status", c.getStatus());
        m.put("cause", c.getCause());
        m.put("basis", c.getBasis());
        m.put("amount", c.getAmount());
        m.put("filedOn", c.getFiledOn());
        m.put("nonLitigation", c.isNonLitigation());
        m.put("handler", c.getHandler());
        m.put("filingReference", c.getFilingReference());
        m.put("keyCase", c.isKeyCase());
        m.put("keyCategory", c.getKeyCategory());
        m.put("applicants", parties(c.getParties(), Side.APPLICANT));
        m.put("respondents", parties(c.getParties(), Side.RESPONDENT));
        return m;
    }

    private static List<String> parties(List<PartyEntity> all, Side side) {
        return all.stream().filter(p -> p.getSide() == side)
                .map(p -> p.getName() + "（" + p.getKind().label() + "）" + opt(Masks.idNumber(p.getIdNumber()))
                        + opt(Masks.phone(p.getPhone())) + opt(Masks.address(p.getAddress())))
                .toList();
    }

    private static String opt(String v) {
        return v == null ? "" : " " + v;
    }

    /** The entries of {@code a} whose values differ in {@code b}. */
    public static Map<String, Object> changed(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> d = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (!sameValue(v, b.get(k))) {
                d.put(k, v);
            }
        });
        return d;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}

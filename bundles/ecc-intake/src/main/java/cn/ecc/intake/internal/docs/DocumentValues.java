package cn.ecc.intake.internal.docs;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.Party;
import cn.ecc.api.court.Court;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The values a template's placeholders are filled with, for one case. */
public final class DocumentValues {

    /** The placeholders templates may use; the README lists them for courts writing their own. */
    public static final Set<String> NAMES = Set.of("court.name", "court.code", "court.superior", "case.number",
            "case.type", "case.cause", "case.basis", "case.amount", "case.amountUpper", "case.filedOn", "applicants",
            "respondents", "handler", "handler.name", "today", "intake.contactPhone", "intake.supervisionPhone",
            "intake.accountName", "intake.accountBank", "intake.accountNumber");

    private DocumentValues() {
    }

    /**
     * @param handlerName the handler's real name, or null while the case has none
     * @param court       the court's identity
     * @param settings    the court's intake settings (phones, the case-money account), keyed without the
     *                    {@code intake.} prefix
     */
    public static Map<String, String> of(CaseDetail c, String handlerName, Court court, LocalDate today,
            Map<String, String> settings) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("court.name", court.name());
        v.put("court.code", court.code());
        v.put("court.superior", court.superiorCourt());
        v.put("case.number", c.number());
        v.put("case.type", c.type().label());
        v.put("case.cause", c.cause() == null ? "" : c.cause());
        v.put("case.basis", c.basis());
        v.put("case.amount", money(c.amount()));
        v.put("case.amountUpper", RmbUpper.of(c.amount()));
        v.put("case.filedOn", chinese(c.filedOn()));
        v.put("applicants", c.applicants().stream().map(Party::name).collect(Collectors.joining("、")));
        v.put("respondents", c.respondents().stream().map(Party::name).collect(Collectors.joining("、")));
        v.put("handler", c.handler() == null ? "" : c.handler());
        v.put("handler.name", handlerName == null ? "（待分案）" : handlerName);
        v.put("today", chinese(today));
        settings.forEach((k, val) -> v.put("intake." + k, val));
        return v;
    }

    /** 2026年3月2日 */
    public static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 120,000.50 */
    static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}

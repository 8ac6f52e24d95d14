package cn.ecc.intake.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.court.Court;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Paragraph;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

    static final CaseDetail CASE = new CaseDetail(7, "(2026)豫1330执12号", 2026, "豫1330", CaseType.FIRST, 12,
            CaseStatus.ACTIVE, "民间借贷纠纷", "(2025)豫1330民初456号民事判决书", new BigDecimal("120000.50"),
            LocalDate.of(2026, 3, 2), false, "dengwd", "LA-1", false, null, null, null,
            List.of(new Party(1L, PartyKind.PERSON, "张三", null, null, null)),
            List.of(new Party(2L, PartyKind.ORGANISATION, "桐柏县某建材有限公司", null, null, null)), 1, Instant.EPOCH,
            Instant.EPOCH);
    static final Court COURT = new Court("豫1330", "桐柏县人民法院", "南阳市中级人民法院");

    private final Map<String, String> values = DocumentValues.of(CASE, "邓卫东", COURT, LocalDate.of(2026, 3, 3),
            Map.of("contactPhone", "0377-8888", "supervisionPhone", "", "accountName", "桐柏县人民法院",
                    "accountBank", "中国银行桐柏支行", "accountNumber", "1234"));

    @Test
    void everyShippedTemplateRendersWithTheCasesData() {
        Templates shipped = new Templates(Path.of("no-such-dir"), getClass().getClassLoader());
        for (InitialDocument d : InitialDocument.values()) {
            PdfDocument doc = shipped.get(d).render(values);
            String text = text(doc);
            assertThat(doc.title()).isNotBlank();
            assertThat(doc.subtitle()).isEqualTo("(2026)豫1330执12号");
            assertThat(text).doesNotContain("${").contains("桐柏县人民法院");
        }
        String notice = text(shipped.get(InitialDocument.EXECUTION_NOTICE).render(values));
        assertThat(notice).contains("桐柏县某建材有限公司：", "申请执行人张三", "120,000.50", "壹拾贰万元伍角", "2026年3月2日",
                "邓卫东", "0377-8888", "2026年3月3日");
        String card = text(shipped.get(InitialDocument.INTEGRITY_CARD).render(values));
        assertThat(card).as("an empty setting prints a line to fill in").contains("________");
    }

    @Test
    void aCourtsOwnTemplateReplacesTheShippedOneAndABrokenOneDoesNot(@TempDir Path dir) throws IOException {
        Templates templates = new Templates(dir, getClass().getClassLoader());
        Files.writeString(dir.resolve("payment-notice.json"),
                "{\"title\":\"缴款通知\",\"blocks\":[{\"text\":\"请缴 ${case.amount} 元\"}]}");
        assertThat(text(templates.get(InitialDocument.PAYMENT_NOTICE).render(values))).contains("请缴 120,000.50 元");

        Files.writeString(dir.resolve("rights-notice.json"), "{\"title\":\"x\",\"blocks\":[{\"text\":\"${case.secret}\"}]}");
        assertThat(templates.get(InitialDocument.RIGHTS_NOTICE).render(values).title()).isEqualTo("执行案件当事人权利义务告知书");
    }

    @Test
    void unknownPlaceholdersAreRefusedWhenRead() {
        assertThatThrownBy(() -> Template.parse("t.json", "{\"title\":\"${nope}\",\"blocks\":[]}", DocumentValues.NAMES))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> Template.parse("t.json", "{\"title\":1}", DocumentValues.NAMES))
                .hasMessageContaining("title");
    }

    static String text(PdfDocument doc) {
        return doc.title() + "\n" + doc.blocks().stream().map(b -> {
            if (b instanceof Paragraph p) {
                return p.text();
            }
            if (b instanceof Fields f) {
                return f.fields().stream().map(x -> x.label() + " " + x.value()).collect(Collectors.joining("\n"));
            }
            return b.toString();
        }).collect(Collectors.joining("\n")) + "\n" + doc.footer();
    }
}

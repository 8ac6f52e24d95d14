package cn.ecc.docs.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Field;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Grid;
import cn.ecc.api.docs.PdfDocument.Paragraph;
import cn.ecc.api.docs.PdfDocument.Signatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static Fonts fonts;
    static PdfRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        fonts = Fonts.load();
        renderer = new PdfRenderer(fonts);
    }

    @AfterAll
    static void closeFonts() throws IOException {
        fonts.close();
    }

    static PdfDocument approvalForm(String caseNumber) {
        return new PdfDocument("执行案件立案审批表", caseNumber, List.of(
                Paragraph.of("申请执行人张三与被执行人桐柏县某建材有限公司民间借贷纠纷一案，本院(2025)豫1330民初456号民事判决书"
                        + "已经发生法律效力。因被执行人未按期履行义务，申请执行人于2026年3月2日向本院申请强制执行，"
                        + "申请执行标的 120000.50 元。经审查，符合立案条件，拟予立案执行。Court of Tongbai County, Henan: official filing fee waived."),
                new Fields(List.of(
                        new Field("申请执行人", "张三（身份证号 1101**********002X）"),
                        new Field("被执行人", "桐柏县某建材有限公司"),
                        new Field("执行依据", "(2025)豫1330民初456号民事判决书"),
                        new Field("申请执行标的", "120000.50 元"),
                        new Field("承办人意见", ""))),
                new Grid(List.of("序号", "财产类型", "查询结果"), List.of(1, 2, 4), List.of(
                        List.of("1", "银行存款", "中国工商银行桐柏支行 账户余额 3,201.77 元"),
                        List.of("2", "不动产", "无"))),
                new Signatures(List.of("承办人", "审批人"))),
                "桐柏县人民法院");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void aFormReadsBackWithItsChineseTextNumbersLabelsAndValues() throws IOException {
        byte[] pdf = renderer.render(List.of(approvalForm("(2026)豫1330执123号")));
        String text = text(pdf);
        assertThat(text).contains("执行案件立案审批表", "(2026)豫1330执123号", "桐柏县某建材有限公司",
                "申请执行人", "被执行人", "执行依据", "(2025)豫1330民初456号民事判决书", "120000.50 元", "承办人意见",
                "银行存款", "查询结果", "承办人", "审批人", "日期", "第 1 页 共 1 页", "桐柏县人民法院", "Court of Tongbai County",
                "official filing fee waived");
        Path out = Path.of("target", "approval-form.pdf");
        Files.write(out, pdf);
        System.out.println("one-page form: " + pdf.length + " bytes (" + out + ")");
    }

    @Test
    void theFontsAreEmbeddedAsSubsetsAndTheFileStaysSmall() throws IOException {
        byte[] pdf = renderer.render(List.of(approvalForm("(2026)豫1330执123号")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // subset fonts are named with a six-letter tag: ABCDEF+DroidSansFallback
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                names.add(font.getName());
            }
            assertThat(names).anyMatch(n -> n.contains("DroidSansFallback")).anyMatch(n -> n.contains("OpenSans"));
        }
        // the whole CJK font is 4 MB; a form uses a few hundred of its glyphs
        assertThat(pdf.length).isLessThan(120_000);
    }

    @Test
    void aLongGridSpansPagesRepeatingItsHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(List.of(Integer.toString(i), "(2026)豫1330执" + i + "号", "被执行人" + i, i % 7 == 0
                    ? "本案被执行人名下有多处财产需要逐一查控，包括银行存款、车辆和不动产，承办人已分别发出协助执行通知书。" : "已结"));
        }
        PdfDocument ledger = new PdfDocument("执行案件台账", "2026年3月", List.of(
                new Grid(List.of("序号", "案号", "被执行人", "情况"), List.of(1, 3, 2, 5), rows)), null);
        byte[] pdf = renderer.render(List.of(ledger));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 1; p <= pages; p++) {
                String text = pageText(doc, p);
                assertThat(text).as("page " + p).contains("序号", "案号", "被执行人", "第 " + p + " 页 共 " + pages + " 页");
            }
            assertThat(pageText(doc, 1)).contains("执行案件台账", "(2026)豫1330执1号");
            assertThat(pageText(doc, pages)).contains("(2026)豫1330执300号").doesNotContain("执行案件台账");
        }
        Files.write(Path.of("target", "ledger.pdf"), pdf);
    }

    @Test
    void severalDocumentsMakeOnePdfEachFromANewPageWithItsOwnPageNumbers() throws IOException {
        byte[] pdf = renderer.render(List.of(approvalForm("(2026)豫1330执1号"), approvalForm("(2026)豫1330执2号"),
                approvalForm("(2026)豫1330执3号")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            for (int p = 1; p <= 3; p++) {
                assertThat(pageText(doc, p)).contains("(2026)豫1330执" + p + "号", "第 1 页 共 1 页");
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("执行案件立案审批表 等");
        }
    }

    @Test
    void aValueTallerThanAPageIsSplitAcrossPages() throws IOException {
        String longValue = "被执行人名下财产查询结果如下。".repeat(400) + "完";
        byte[] pdf = renderer.render(List.of(new PdfDocument("长文", null,
                List.of(new Fields(List.of(new Field("查询结果", longValue), new Field("备注", "无")))), null)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(doc).replaceAll("第 \\d+ 页 共 \\d+ 页", "").replaceAll("\\s", "");
            assertThat(all).contains("完").contains("备注无");
            assertThat(all.split("被执行人名下财产查询结果如下", -1)).hasSize(401);
        }
    }

    @Test
    void charactersNoFontHasAndControlCharactersDoNotBreakRendering() throws IOException {
        byte[] pdf = renderer.render(List.of(new PdfDocument("标题\u0007", "副标题\t😀",
                List.of(new Paragraph("第一段\r\n第二段\u200b，含有 emoji 😀 和 \u0000 控制字符。", true, false)), null)));
        String text = text(pdf);
        assertThat(text).contains("标题", "副标题 ?", "第一段", "第二段，含有 emoji ? 和  控制字符。");
    }

    @Test
    void emptyOrNullPartsAreLeftOut() throws IOException {
        byte[] pdf = renderer.render(List.of(new PdfDocument(null, " ", List.of(new Paragraph(null, false, false),
                new Fields(List.of()), new Grid(List.of(), List.of(), List.of()), new Signatures(List.of())), " ")));
        assertThat(text(pdf)).contains("第 1 页 共 1 页");
    }

    @Test
    void programmingMistakesAreRefused() {
        assertThatThrownBy(() -> renderer.render(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(List.of(new PdfDocument("t", null,
                List.of(new Grid(List.of("a", "b"), List.of(1), List.of())), null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(List.of(new PdfDocument("t", null,
                List.of(new Grid(List.of("a"), List.of(), List.of(List.of("1", "2")))), null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentsRenderConcurrentlyOverTheSharedFonts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String number = "(2026)豫1330执" + (100 + i) + "号";
                results.add(pool.submit(() -> renderer.render(List.of(approvalForm(number)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(text(results.get(i).get())).contains("(2026)豫1330执" + (100 + i) + "号");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Not an assertion: prints what rendering costs here, after warm-up. */
    @Test
    void timings() {
        PdfDocument form = approvalForm("(2026)豫1330执123号");
        List<List<String>> rows = IntStream.rangeClosed(1, 1000).mapToObj(i -> List.of(Integer.toString(i),
                "(2026)豫1330执" + i + "号", "申请执行人" + i, "被执行人某某有限公司" + i, "120000.50", "2026-03-02"))
                .toList();
        PdfDocument ledger = new PdfDocument("执行案件台账", "2026年3月", List.of(new Grid(
                List.of("序号", "案号", "申请执行人", "被执行人", "标的（元）", "立案日期"), List.of(1, 3, 2, 4, 2, 2), rows)),
                "制表：执行指挥中心");
        for (int i = 0; i < 5; i++) {
            renderer.render(List.of(form));
            renderer.render(List.of(ledger));
        }
        long t0 = System.nanoTime();
        byte[] one = renderer.render(List.of(form));
        long t1 = System.nanoTime();
        byte[] many = renderer.render(List.of(ledger));
        long t2 = System.nanoTime();
        System.out.printf("PDF one-page form: %.1f ms, %d bytes; 1,000-row ledger: %.1f ms, %d bytes%n",
                (t1 - t0) / 1e6, one.length, (t2 - t1) / 1e6, many.length);
    }

    @Test
    void pagesAreA4Portrait() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(List.of(approvalForm("x"))))) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }
}

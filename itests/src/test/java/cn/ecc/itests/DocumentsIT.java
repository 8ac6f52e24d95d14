package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Field;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Grid;
import cn.ecc.api.docs.PdfDocument.Paragraph;
import cn.ecc.api.docs.PdfDocument.Signatures;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.docs.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The document service in the assembled distribution: PDFBox and the fonts resolve and load from the bundles,
 * the JDK's StAX parser is reachable, and what is written reads back inside the container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsIT extends EccTestSupport {

    @Test
    public void rendersAChinesePdfThatPdfboxReadsBackInTheContainer() throws Exception {
        DocumentService docs = service(DocumentService.class);
        PdfDocument notice = new PdfDocument("执行通知书", "(2026)豫1330执123号", List.of(
                Paragraph.of("桐柏县某建材有限公司：申请执行人张三与你单位民间借贷纠纷一案，本院(2025)豫1330民初456号"
                        + "民事判决书已经发生法律效力。申请执行人于2026年3月2日向本院申请强制执行，本院依法立案执行。"),
                new Fields(List.of(new Field("申请执行标的", "120000.50 元"), new Field("承办人意见", ""))),
                new Grid(List.of("序号", "事项"), List.of(1, 5), List.of(List.of("1", "报告财产"))),
                new Signatures(List.of("承办人"))), "桐柏县人民法院");
        byte[] pdf = docs.pdf(List.of(notice, notice));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("执行通知书", "(2026)豫1330执123号", "桐柏县某建材有限公司", "申请执行标的",
                    "120000.50 元", "报告财产", "承办人", "第 1 页 共 1 页", "桐柏县人民法院")) {
                assertTrue(expected + " in " + text, text.contains(expected));
            }
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).getName(), resources.getFont(name).isEmbedded());
            }
        }
        assertTrue("subset fonts keep the file small: " + pdf.length, pdf.length < 100_000);
    }

    @Test
    public void writesAnXlsxAndReadsItBackAndReadsAGbkCsv() {
        DocumentService docs = service(DocumentService.class);
        byte[] xlsx = docs.xlsx(List.of(new Sheet("台账", "执行案件台账", List.of("案号", "标的", "立案日期", "已结"),
                List.of(new ArrayList<>(Arrays.asList("(2026)豫1330执1号", new BigDecimal("120000.50"),
                        LocalDate.of(2026, 3, 2), true))), List.of("制表人：李四"))));
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        docs.read(new ByteArrayInputStream(xlsx), SpreadsheetFormat.XLSX, (n, cells) -> {
            rows.put(n, cells);
            return true;
        });
        assertEquals(List.of("案号", "标的", "立案日期", "已结"), rows.get(2));
        assertEquals(List.of("(2026)豫1330执1号", "120000.5", "2026-03-02", "TRUE"), rows.get(3));
        assertEquals("制表人：李四", rows.get(5).get(0));

        Map<Integer, List<String>> csv = new LinkedHashMap<>();
        byte[] gbk = "案号,被执行人\r\n(2026)豫1330执1号,\"张三,李四\"\r\n".getBytes(Charset.forName("GBK"));
        docs.read(new ByteArrayInputStream(gbk), SpreadsheetFormat.CSV, (n, cells) -> {
            csv.put(n, cells);
            return true;
        });
        assertEquals(List.of("(2026)豫1330执1号", "张三,李四"), csv.get(2));
    }

    @Test
    public void refusesAFileThatIsNoWorkbookNamingTheField() {
        DocumentService docs = service(DocumentService.class);
        try {
            docs.read(new ByteArrayInputStream("不是表格".getBytes(Charset.forName("UTF-8"))), SpreadsheetFormat.XLSX,
                    (n, cells) -> true);
            fail("read a file that is no workbook");
        } catch (InvalidInputException e) {
            assertEquals("file", e.violations().get(0).field());
            assertEquals("文件不是有效的 XLSX 文件", e.violations().get(0).message());
        }
    }

    @Test
    public void pdfboxRunsAsItsOwnBundlesAndLogsThroughPaxLogging() {
        for (String name : List.of("org.apache.pdfbox", "org.apache.pdfbox.io", "org.apache.pdfbox.fontbox", "cn.ecc.docs")) {
            assertEquals(name, Bundle.ACTIVE, bundle(name).getState());
        }
        assertFalse("PDFBox is not embedded in the documents bundle", bundle("cn.ecc.docs").getEntry("org/apache/pdfbox") != null);
        // PDFBox needs the commons-logging 1.4 API; that bundle hands log records to pax-logging's Log4j API
        assertEquals("org.apache.commons.commons-logging", providerOf("org.apache.pdfbox", "org.apache.commons.logging"));
        assertEquals("org.ops4j.pax.logging.pax-logging-api",
                providerOf("org.apache.commons.commons-logging", "org.apache.logging.log4j"));
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** The bundle whose export a bundle's import of a package is wired to. */
    private String providerOf(String importer, String pkg) {
        BundleWiring wiring = bundle(importer).adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (pkg.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return wire.getProvider().getBundle().getSymbolicName();
            }
        }
        return null;
    }
}

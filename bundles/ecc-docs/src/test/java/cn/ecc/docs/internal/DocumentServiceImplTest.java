package cn.ecc.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.docs.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentServiceImplTest {

    static DocumentServiceImpl service;

    @BeforeAll
    static void activate() {
        service = new DocumentServiceImpl(new DocsConfig() {
            @Override
            public int readLimitMegabytes() {
                return 1;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DocsConfig.class;
            }
        });
    }

    @AfterAll
    static void deactivate() throws Exception {
        service.deactivate();
    }

    @Test
    void readsEachFormatWithItsReader() {
        byte[] xlsx = service.xlsx(List.of(new Sheet("s", null, List.of("a", "b"), List.of(new ArrayList<>(List.of("1", 2))), null)));
        List<List<String>> rows = new ArrayList<>();
        service.read(new ByteArrayInputStream(xlsx), SpreadsheetFormat.XLSX, (n, cells) -> rows.add(cells));
        service.read(new ByteArrayInputStream("c,d\n".getBytes(StandardCharsets.UTF_8)), SpreadsheetFormat.CSV,
                (n, cells) -> rows.add(cells));
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("c", "d"));
        assertThat(SpreadsheetFormat.ofFileName("台账.XLSX")).contains(SpreadsheetFormat.XLSX);
    }

    @Test
    void theConfiguredLimitApplies() {
        byte[] big = "a,b\n".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.read(new ByteArrayInputStream(big), SpreadsheetFormat.CSV, (n, cells) -> true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("超过 1 MB");
    }

    @Test
    void rendersPdf() {
        byte[] pdf = service.pdf(List.of(new PdfDocument("标题", null, List.of(), null)));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}

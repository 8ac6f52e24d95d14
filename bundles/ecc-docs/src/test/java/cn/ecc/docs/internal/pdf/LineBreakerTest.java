package cn.ecc.docs.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.docs.internal.pdf.LineBreaker.Line;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    static Fonts fonts;
    static LineBreaker breaker;

    @BeforeAll
    static void load() {
        fonts = Fonts.load();
        breaker = new LineBreaker(fonts);
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
    }

    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        // CJK glyphs are one em wide: 10 characters of 10 pt in 100 pt
        List<String> lines = texts(breaker.wrap("一二三四五六七八九十甲乙丙丁戊", 10, 100, 0));
        assertThat(lines).containsExactly("一二三四五六七八九十", "甲乙丙丁戊");
    }

    @Test
    void theFirstLineOfEachParagraphIsIndented() {
        List<Line> lines = breaker.wrap("一二三四五六七八九十甲乙丙丁戊\n子丑", 10, 100, 20);
        assertThat(texts(lines)).containsExactly("一二三四五六七八", "九十甲乙丙丁戊", "子丑");
        assertThat(lines).extracting(Line::first).containsExactly(true, false, true);
    }

    @Test
    void noClosingMarkStartsALineAndNoOpeningMarkEndsOne() {
        List<String> lines = texts(breaker.wrap("一二三四五六七八九十，甲乙丙丁戊己庚辛（壬癸）", 10, 100, 0));
        assertThat(lines).containsExactly("一二三四五六七八九", "十，甲乙丙丁戊己庚辛", "（壬癸）");
        for (String line : lines) {
            assertThat(line).doesNotStartWith("，").doesNotStartWith("）").doesNotEndWith("（");
        }
    }

    @Test
    void latinBreaksBetweenWordsAndSplitsOnlyWhatIsLongerThanALine() {
        float width = breaker.width("enforcement", 10) + 1;
        assertThat(texts(breaker.wrap("court enforcement center", 10, width, 0)))
                .containsExactly("court", "enforcement", "center");
        List<String> split = texts(breaker.wrap("12345678901234567890123456789", 10, 60, 0));
        assertThat(split).hasSizeGreaterThan(2);
        assertThat(String.join("", split)).isEqualTo("12345678901234567890123456789");
    }

    @Test
    void aCaseNumberStaysTogetherWhereItCan() {
        List<String> lines = texts(breaker.wrap("本院(2025)豫1330民初456号民事判决书", 10, 45, 0));
        assertThat(lines.get(0)).isEqualTo("本院");
        assertThat(lines.get(1)).startsWith("(2025)");
    }

    @Test
    void cleaningKeepsWhatCanBeDrawn() {
        assertThat(breaker.clean("a\tb\r\nc\rd\u0007e\u200bf\uFE0Fg😀h\u00A0i")).isEqualTo("a b\nc\nde" + "fg?h i");
        assertThat(breaker.clean(null)).isEmpty();
        // decomposed accents are composed before drawing
        assertThat(breaker.clean("e\u0301")).isEqualTo("é");
    }

    @Test
    void latinUsesOpenSansAndChineseTheFallbackFont() {
        assertThat(fonts.fontOf('A')).isEqualTo(Fonts.LATIN);
        assertThat(fonts.fontOf('1')).isEqualTo(Fonts.LATIN);
        assertThat(fonts.fontOf('“')).isEqualTo(Fonts.LATIN);
        assertThat(fonts.fontOf('执')).isEqualTo(Fonts.CJK);
        assertThat(fonts.fontOf('，')).isEqualTo(Fonts.CJK);
        assertThat(fonts.fontOf(0x1F600)).isZero();
        assertThat(fonts.width('执')).isEqualTo(1000f);
    }
}

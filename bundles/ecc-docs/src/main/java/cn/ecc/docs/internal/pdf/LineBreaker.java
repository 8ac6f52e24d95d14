package cn.ecc.docs.internal.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans text for drawing and breaks it into lines: Chinese between any two characters, Latin between words
 * (a word longer than the line is broken anywhere), never a closing mark (，。）》 ...) at the start of a line
 * nor an opening one (（《“ ...) at its end, which is what Chinese typesetting calls 避头尾.
 */
final class LineBreaker {

    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…—％,.;:?!)]}%" + "）］｝：；，．？！～";
    private static final String OPENING = "（《「『【〔〈“‘([{" + "［｛";

    private final Fonts fonts;

    LineBreaker(Fonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Only what the fonts can draw: line ends become {@code \n}, tabs spaces, control and invisible format
     * characters go, characters no font has become {@link Fonts#REPLACEMENT}.
     */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < s.length() && s.charAt(i) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (cp == '\n') {
                b.append('\n');
            } else if (cp == '\t' || cp == 0x00A0) {
                b.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.isSurrogate((char) cp) && cp < 0x10000
                    || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
                continue;
            } else if (fonts.fontOf(cp) == 0) {
                b.append((char) Fonts.REPLACEMENT);
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Width in points of cleaned text. */
    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += fonts.width(cp);
        }
        return w * size / 1000f;
    }

    /**
     * Breaks cleaned text into lines no wider than {@code width}; each {@code \n} starts a new paragraph, whose
     * first line is {@code indent} points narrower (and drawn indented by the caller). Never returns an empty
     * list: empty text is one empty line.
     */
    List<Line> wrap(String text, float size, float width, float indent) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String paragraph = end < 0 ? text.substring(start) : text.substring(start, end);
            wrapParagraph(paragraph, size, width, indent, lines);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** A line and whether it opens a paragraph (so takes the first-line indent). */
    record Line(String text, boolean first) {
    }

    private void wrapParagraph(String text, float size, float width, float indent, List<Line> out) {
        List<Unit> units = units(text, size);
        StringBuilder line = new StringBuilder();
        float used = 0;
        float avail = Math.max(width - indent, size);
        boolean first = true;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit.space) {
                if (line.length() > 0 && used + unit.width <= avail) {
                    line.append(unit.text);
                    used += unit.width;
                } else if (line.length() > 0) {
                    out.add(new Line(stripTrailing(line), first));
                    first = false;
                    line.setLength(0);
                    used = 0;
                    avail = width;
                } else if (first) {
                    // leading spaces of a paragraph are meant
                    line.append(unit.text);
                    used += unit.width;
                }
                continue;
            }
            if (used + unit.width <= avail) {
                line.append(unit.text);
                used += unit.width;
                continue;
            }
            if (line.length() > 0 && stripTrailing(line).isEmpty()) {
                line.setLength(0);
                used = 0;
            }
            if (line.length() > 0) {
                out.add(new Line(stripTrailing(line), first));
                first = false;
                line.setLength(0);
                used = 0;
                avail = width;
                if (unit.width <= avail) {
                    line.append(unit.text);
                    used = unit.width;
                    continue;
                }
            }
            // a unit wider than a whole line: break it between characters, at least one per line
            String t = unit.text.toString();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                float w = fonts.width(cp) * size / 1000f;
                if (used + w > avail && line.length() > 0) {
                    out.add(new Line(line.toString(), first));
                    first = false;
                    line.setLength(0);
                    used = 0;
                    avail = width;
                }
                line.appendCodePoint(cp);
                used += w;
                i += Character.charCount(cp);
            }
        }
        out.add(new Line(stripTrailing(line), first));
    }

    private static String stripTrailing(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /** An unbreakable piece: a Chinese character or a Latin word, with the marks glued to it; or spaces. */
    private static final class Unit {
        final StringBuilder text = new StringBuilder();
        final boolean space;
        float width;
        boolean word;

        Unit(boolean space) {
            this.space = space;
        }
    }

    private List<Unit> units(String text, float size) {
        List<Unit> units = new ArrayList<>();
        Unit last = null;
        boolean glueNext = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            float w = fonts.width(cp) * size / 1000f;
            if (cp == ' ') {
                if (last == null || !last.space) {
                    last = new Unit(true);
                    units.add(last);
                }
                glueNext = false;
            } else if (last != null && !last.space
                    && (glueNext || CLOSING.indexOf(cp) >= 0 || last.word && !wide(cp))) {
                // continues the unit: after an opening mark, a closing mark, or the rest of a Latin word
                if (glueNext) {
                    last.word = !wide(cp);
                }
                glueNext = OPENING.indexOf(cp) >= 0;
            } else {
                last = new Unit(false);
                last.word = !wide(cp);
                units.add(last);
                glueNext = OPENING.indexOf(cp) >= 0;
            }
            last.text.appendCodePoint(cp);
            last.width += w;
        }
        return units;
    }

    /** Characters each of which is a unit of its own: CJK ideographs, kana, hangul, full-width forms. */
    static boolean wide(int cp) {
        return cp >= 0x2E80 && (cp < 0xA000 || cp >= 0xAC00 && cp < 0xD7B0 || cp >= 0xF900 && cp < 0xFB00
                || cp >= 0xFE30 && cp < 0xFE50 || cp >= 0xFF00 && cp < 0xFFF0 || cp >= 0x20000);
    }
}

package cn.ecc.docs.internal.pdf;

import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Block;
import cn.ecc.api.docs.PdfDocument.Field;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Grid;
import cn.ecc.api.docs.PdfDocument.Paragraph;
import cn.ecc.api.docs.PdfDocument.Signatures;
import cn.ecc.docs.internal.pdf.Fonts.DocFonts;
import cn.ecc.docs.internal.pdf.LineBreaker.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays documents out on A4 portrait pages: title, subtitle, blocks, and a footer with page numbers counted per
 * document. Stateless apart from the shared fonts; each call builds its own PDF.
 */
public final class PdfRenderer {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = mm(20);
    static final float RIGHT = PAGE_WIDTH - mm(20);
    static final float TOP = PAGE_HEIGHT - mm(20);
    static final float BOTTOM = mm(22);
    static final float FOOTER_BASELINE = mm(12);
    static final float WIDTH = RIGHT - LEFT;

    static final float TITLE_SIZE = 18;
    static final float SUBTITLE_SIZE = 12;
    static final float BODY_SIZE = 12;
    static final float FIELD_SIZE = 12;
    static final float GRID_SIZE = 10.5f;
    static final float FOOTER_SIZE = 9;
    static final float BLOCK_GAP = 10;
    static final float PAD = 4;
    static final float RULE = 0.6f;
    static final float HEADER_GREY = 0.9f;

    private final Fonts fonts;
    private final LineBreaker breaker;

    public PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    private static float mm(float mm) {
        return mm * 72f / 25.4f;
    }

    /** One PDF with the documents in order, each from a new page. */
    public byte[] render(List<PdfDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one document");
        }
        try (PDDocument pdf = new PDDocument()) {
            DocFonts docFonts = fonts.embedIn(pdf);
            for (PdfDocument d : documents) {
                new Composer(pdf, docFonts).document(d);
            }
            String title = documents.get(0).title();
            if (title != null && !title.isBlank()) {
                pdf.getDocumentInformation().setTitle(documents.size() == 1 ? title.strip() : title.strip() + " 等");
            }
            pdf.getDocumentInformation().setCreator("ECC 执行指挥中心");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** Amounts and counts, which read best aligned on the right as in a spreadsheet. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    /** One document's pages: a cursor that moves down and starts a page when the next piece does not fit. */
    private final class Composer {
        private final PDDocument pdf;
        private final DocFonts docFonts;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;
        /** True while the page holds nothing but a repeated table header: breaking again would not help. */
        private boolean fresh;
        /** Draws the running table header on a new page while a grid is being laid out. */
        private PageStart pageStart;
        /** The height of that header, which every page of the grid gives up. */
        private float runningHeaderHeight;

        Composer(PDDocument pdf, DocFonts docFonts) {
            this.pdf = pdf;
            this.docFonts = docFonts;
        }

        void document(PdfDocument d) throws IOException {
            newPage();
            String title = breaker.clean(d.title());
            if (!title.isBlank()) {
                float lh = TITLE_SIZE * 1.5f;
                for (Line line : breaker.wrap(title.strip(), TITLE_SIZE, WIDTH, 0)) {
                    need(lh);
                    centred(line.text(), y - lh / 2, TITLE_SIZE, true);
                    y -= lh;
                }
                y -= 4;
            }
            String subtitle = breaker.clean(d.subtitle());
            if (!subtitle.isBlank()) {
                float lh = SUBTITLE_SIZE * 1.5f;
                for (Line line : breaker.wrap(subtitle.strip(), SUBTITLE_SIZE, WIDTH, 0)) {
                    need(lh);
                    centred(line.text(), y - lh / 2, SUBTITLE_SIZE, false);
                    y -= lh;
                }
            }
            y -= BLOCK_GAP;
            fresh = false;
            boolean firstBlock = true;
            for (Block block : d.blocks()) {
                if (!firstBlock) {
                    y -= BLOCK_GAP;
                }
                firstBlock = false;
                if (block instanceof Paragraph p) {
                    paragraph(p);
                } else if (block instanceof Fields f) {
                    fields(f);
                } else if (block instanceof Grid g) {
                    grid(g);
                } else if (block instanceof Signatures s) {
                    signatures(s);
                }
            }
            closeStream();
            footers(breaker.clean(d.footer()).replace('\n', ' ').strip());
        }

        // ---- pages

        private void newPage() throws IOException {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(pdf, page, AppendMode.OVERWRITE, true);
            y = TOP;
            if (pageStart != null) {
                PageStart running = pageStart;
                pageStart = null;
                running.draw();
                pageStart = running;
            }
            fresh = true;
        }

        private void closeStream() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        /** Starts a new page unless {@code height} still fits (or the page is as empty as it gets). */
        private void need(float height) throws IOException {
            if (y - height < BOTTOM && !fresh) {
                newPage();
            }
            fresh = false;
        }

        private void footers(String footer) throws IOException {
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream fcs = new PDPageContentStream(pdf, pages.get(i), AppendMode.APPEND, true, true)) {
                    cs = fcs;
                    String number = "第 " + (i + 1) + " 页 共 " + total + " 页";
                    float numberWidth = breaker.width(number, FOOTER_SIZE);
                    if (footer.isEmpty()) {
                        text(number, (PAGE_WIDTH - numberWidth) / 2, FOOTER_BASELINE, FOOTER_SIZE, false);
                    } else {
                        text(number, RIGHT - numberWidth, FOOTER_BASELINE, FOOTER_SIZE, false);
                        text(fit(footer, FOOTER_SIZE, WIDTH - numberWidth - 20), LEFT, FOOTER_BASELINE, FOOTER_SIZE, false);
                    }
                } finally {
                    cs = null;
                }
            }
        }

        /** The text, cut with an ellipsis when wider than {@code width}. */
        private String fit(String text, float size, float width) {
            if (breaker.width(text, size) <= width) {
                return text;
            }
            String ellipsis = "…";
            float budget = width - breaker.width(ellipsis, size);
            StringBuilder b = new StringBuilder();
            float used = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                float w = breaker.width(new String(Character.toChars(cp)), size);
                if (used + w > budget) {
                    break;
                }
                b.appendCodePoint(cp);
                used += w;
                i += Character.charCount(cp);
            }
            return b.append(ellipsis).toString();
        }

        // ---- blocks

        private void paragraph(Paragraph p) throws IOException {
            String text = breaker.clean(p.text());
            float size = BODY_SIZE;
            float lh = size * 1.6f;
            float indent = p.indent() ? 2 * size : 0;
            for (Line line : breaker.wrap(text, size, WIDTH, indent)) {
                need(lh);
                text(line.text(), LEFT + (line.first() ? indent : 0), baseline(y - lh / 2, size), size, p.bold());
                y -= lh;
            }
        }

        private void fields(Fields block) throws IOException {
            float size = FIELD_SIZE;
            float widest = 0;
            for (Field f : block.fields()) {
                for (String part : breaker.clean(f.label()).split("\n")) {
                    widest = Math.max(widest, breaker.width(part.strip(), size));
                }
            }
            float labelWidth = Math.min(Math.max(widest + 2 * PAD + size, WIDTH * 0.18f), WIDTH * 0.35f);
            float[] xs = {LEFT, LEFT + labelWidth};
            float[] ws = {labelWidth, WIDTH - labelWidth};
            for (Field f : block.fields()) {
                List<Line> label = breaker.wrap(breaker.clean(f.label()).strip(), size, ws[0] - 2 * PAD, 0);
                String valueText = breaker.clean(f.value());
                List<Line> value = breaker.wrap(valueText, size, ws[1] - 2 * PAD, 0);
                // an empty value is a box to fill in by hand (意见、备注): leave room to write
                int minLines = valueText.isBlank() ? 3 : 1;
                row(xs, ws, List.of(label, value), new Align[] {Align.CENTER, Align.LEFT}, size, false, false, minLines);
            }
        }

        private void grid(Grid g) throws IOException {
            int columns = g.headers().size();
            if (columns == 0) {
                return;
            }
            float[] ws = columnWidths(g, columns);
            float[] xs = new float[columns];
            float x = LEFT;
            for (int i = 0; i < columns; i++) {
                xs[i] = x;
                x += ws[i];
            }
            float size = GRID_SIZE;
            Align[] headerAlign = new Align[columns];
            Arrays.fill(headerAlign, Align.CENTER);
            List<List<Line>> header = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                header.add(breaker.wrap(breaker.clean(g.headers().get(i)).strip(), size, ws[i] - 2 * PAD, 0));
            }
            float lh = size * 1.4f;
            int headerLines = header.stream().mapToInt(List::size).max().orElse(1);
            // the header with at least one row under it, never alone at the foot of a page
            need(headerLines * lh + 2 * PAD + lh + 2 * PAD);
            PageStart drawHeader = () -> row(xs, ws, header, headerAlign, size, true, true, 1);
            drawHeader.draw();
            pageStart = drawHeader;
            runningHeaderHeight = headerLines * lh + 2 * PAD;
            try {
                for (List<String> r : g.rows()) {
                    if (r.size() > columns) {
                        throw new IllegalArgumentException("a grid row has " + r.size() + " cells for " + columns + " columns");
                    }
                    List<List<Line>> cells = new ArrayList<>(columns);
                    Align[] cellAlign = new Align[columns];
                    for (int i = 0; i < columns; i++) {
                        String cell = breaker.clean(i < r.size() ? r.get(i) : null);
                        cellAlign[i] = NUMBER.matcher(cell.strip()).matches() ? Align.RIGHT : Align.LEFT;
                        cells.add(breaker.wrap(cell, size, ws[i] - 2 * PAD, 0));
                    }
                    row(xs, ws, cells, cellAlign, size, false, false, 1);
                }
            } finally {
                pageStart = null;
                runningHeaderHeight = 0;
            }
        }

        private float[] columnWidths(Grid g, int columns) {
            List<Integer> weights = g.weights();
            if (!weights.isEmpty() && weights.size() != columns) {
                throw new IllegalArgumentException(weights.size() + " weights for " + columns + " grid columns");
            }
            float sum = 0;
            for (int i = 0; i < columns; i++) {
                int w = weights.isEmpty() ? 1 : weights.get(i) == null ? 0 : weights.get(i);
                if (w <= 0) {
                    throw new IllegalArgumentException("grid weights must be positive: " + weights);
                }
                sum += w;
            }
            float[] ws = new float[columns];
            for (int i = 0; i < columns; i++) {
                ws[i] = WIDTH * (weights.isEmpty() ? 1 : weights.get(i)) / sum;
            }
            return ws;
        }

        private void signatures(Signatures s) throws IOException {
            float size = BODY_SIZE;
            float lh = size * 2.6f;
            List<String> labels = new ArrayList<>();
            float labelWidth = 0;
            for (String l : s.labels()) {
                String label = breaker.clean(l).replace('\n', ' ').strip();
                if (!label.isEmpty()) {
                    label = label.endsWith("：") || label.endsWith(":") ? label : label + "：";
                    labels.add(label);
                    labelWidth = Math.max(labelWidth, breaker.width(label, size));
                }
            }
            if (labels.isEmpty()) {
                return;
            }
            float signLine = mm(38);
            float gap = mm(8);
            String dateLabel = "日期：";
            float dateLabelWidth = breaker.width(dateLabel, size);
            float yearLine = mm(14);
            float shortLine = mm(8);
            float ideograph = size;
            float dateWidth = dateLabelWidth + yearLine + ideograph + 2 * (shortLine + ideograph);
            float total = labelWidth + signLine + gap + dateWidth;
            float x0 = Math.max(LEFT, RIGHT - total);
            // the whole block together, so that signatures never start on one page and end on the next
            need(labels.size() * lh);
            for (String label : labels) {
                need(lh);
                float base = y - lh + size * 0.6f;
                text(label, x0, base, size, false);
                float x = x0 + labelWidth;
                underline(x, signLine, base);
                x += signLine + gap;
                text(dateLabel, x, base, size, false);
                x += dateLabelWidth;
                underline(x, yearLine, base);
                x += yearLine;
                text("年", x, base, size, false);
                x += ideograph;
                underline(x, shortLine, base);
                x += shortLine;
                text("月", x, base, size, false);
                x += ideograph;
                underline(x, shortLine, base);
                x += shortLine;
                text("日", x, base, size, false);
                y -= lh;
            }
        }

        private void underline(float x, float width, float baseline) throws IOException {
            cs.setLineWidth(RULE);
            cs.moveTo(x + 1, baseline - 2);
            cs.lineTo(x + width - 1, baseline - 2);
            cs.stroke();
        }

        /**
         * One table row of ruled cells. A row that does not fit moves to the next page; a row taller than a
         * whole page is split between pages.
         */
        private void row(float[] xs, float[] ws, List<List<Line>> cells, Align[] align, float size, boolean bold,
                boolean shaded, int minLines) throws IOException {
            float lh = size * 1.4f;
            int lines = minLines;
            for (List<Line> c : cells) {
                lines = Math.max(lines, c.size());
            }
            int start = 0;
            while (true) {
                int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / lh);
                int remaining = lines - start;
                // a row that fits no page is split where it stands; one that fits a page moves to the next
                int pageFit = (int) Math.floor((TOP - runningHeaderHeight - BOTTOM - 2 * PAD) / lh);
                boolean splitHere = remaining > pageFit && fit >= 3;
                if (remaining > fit && !fresh && !splitHere) {
                    newPage();
                    continue;
                }
                int count = Math.max(1, Math.min(remaining, fit));
                boolean whole = start == 0 && count == lines;
                slice(xs, ws, cells, align, size, bold, shaded, start, count, lines, whole);
                fresh = false;
                start += count;
                if (start >= lines) {
                    return;
                }
                newPage();
            }
        }

        private void slice(float[] xs, float[] ws, List<List<Line>> cells, Align[] align, float size, boolean bold,
                boolean shaded, int start, int count, int rowLines, boolean whole) throws IOException {
            float lh = size * 1.4f;
            float height = count * lh + 2 * PAD;
            float bottom = y - height;
            if (shaded) {
                cs.setNonStrokingColor(HEADER_GREY);
                cs.addRect(xs[0], bottom, sum(ws), height);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            cs.setLineWidth(RULE);
            for (int i = 0; i < xs.length; i++) {
                cs.addRect(xs[i], bottom, ws[i], height);
            }
            cs.stroke();
            for (int i = 0; i < xs.length; i++) {
                List<Line> c = cells.get(i);
                // centred cells (labels, headers) sit in the middle of a row that fits on the page
                float offset = whole && align[i] == Align.CENTER ? (rowLines - c.size()) * lh / 2 : 0;
                for (int k = 0; k < count && start + k < c.size(); k++) {
                    String t = c.get(start + k).text();
                    float centreY = y - PAD - offset - k * lh - lh / 2;
                    float x = switch (align[i]) {
                        case LEFT -> xs[i] + PAD;
                        case CENTER -> xs[i] + (ws[i] - breaker.width(t, size)) / 2;
                        case RIGHT -> xs[i] + ws[i] - PAD - breaker.width(t, size);
                    };
                    text(t, x, baseline(centreY, size), size, bold);
                }
            }
            y = bottom;
        }

        // ---- text

        private void centred(String text, float centreY, float size, boolean bold) throws IOException {
            text(text, (PAGE_WIDTH - breaker.width(text, size)) / 2, baseline(centreY, size), size, bold);
        }

        /** Draws cleaned text from (x, baseline), switching between the Latin and the CJK font as needed. */
        private void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            if (bold) {
                // no bold face exists: fill and stroke the outlines for the same effect
                cs.saveGraphicsState();
                cs.setLineWidth(size * 0.03f);
            }
            cs.beginText();
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            cs.newLineAtOffset(x, baseline);
            int runStart = 0;
            int runFont = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int font = fonts.fontOf(cp);
                if (font != runFont) {
                    if (runFont > 0) {
                        cs.setFont(docFonts.get(runFont), size);
                        cs.showText(text.substring(runStart, i));
                    }
                    runFont = font;
                    runStart = i;
                }
                i += Character.charCount(cp);
            }
            cs.setFont(docFonts.get(runFont), size);
            cs.showText(text.substring(runStart));
            cs.endText();
            if (bold) {
                cs.restoreGraphicsState();
            }
        }
    }

    /** The baseline that centres a line of CJK text (whose glyphs stand 0.88 em above it) on {@code centreY}. */
    private static float baseline(float centreY, float size) {
        return centreY - size * 0.36f;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    @FunctionalInterface
    private interface PageStart {
        void draw() throws IOException;
    }
}

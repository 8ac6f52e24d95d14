package cn.ecc.docs.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts of every PDF, parsed once and shared by all documents: Open Sans for Latin letters, digits and
 * Western punctuation, Droid Sans Fallback for Chinese (it has no Latin glyphs at all). Each document embeds
 * its own subsets ({@link #embedIn}); the parsed fonts are only read, which PDFBox allows from several
 * threads (it shares parsed system fonts the same way).
 *
 * <p>Which font draws a character, and how wide it is, is decided here once for the whole BMP, so that line
 * breaking is array look-ups.
 */
public final class Fonts implements Closeable {

    static final int LATIN = 1;
    static final int CJK = 2;
    /** Drawn for characters neither font has (a rare character outside the BMP tables, an emoji). */
    static final int REPLACEMENT = '?';

    private final TrueTypeFont latin;
    private final TrueTypeFont cjk;
    private final CmapLookup latinCmap;
    private final CmapLookup cjkCmap;
    private final float latinScale;
    private final float cjkScale;
    /** Per BMP code point: 0 = no glyph, LATIN or CJK. */
    private final byte[] bmpFont = new byte[0x10000];
    /** Per BMP code point: advance width in 1/1000 of the font size. */
    private final float[] bmpWidth = new float[0x10000];

    private Fonts(TrueTypeFont latin, TrueTypeFont cjk) throws IOException {
        this.latin = latin;
        this.cjk = cjk;
        this.latinCmap = latin.getUnicodeCmapLookup();
        this.cjkCmap = cjk.getUnicodeCmapLookup();
        this.latinScale = 1000f / latin.getUnitsPerEm();
        this.cjkScale = 1000f / cjk.getUnitsPerEm();
        for (int cp = 0x20; cp < 0x10000; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            int gid = latinCmap.getGlyphId(cp);
            if (gid > 0 && !preferCjk(cp)) {
                bmpFont[cp] = LATIN;
                bmpWidth[cp] = latin.getAdvanceWidth(gid) * latinScale;
                continue;
            }
            gid = cjkCmap.getGlyphId(cp);
            if (gid > 0) {
                bmpFont[cp] = CJK;
                bmpWidth[cp] = cjk.getAdvanceWidth(gid) * cjkScale;
            }
        }
    }

    /** Loads the fonts shipped in this bundle. */
    public static Fonts load() {
        TrueTypeFont latin = null;
        try {
            latin = parse("/fonts/OpenSans-Regular.ttf");
            return new Fonts(latin, parse("/fonts/DroidSansFallbackFull.ttf"));
        } catch (IOException e) {
            if (latin != null) {
                try {
                    latin.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("cannot load the PDF fonts", e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font resource " + resource);
            }
            // the whole file in memory: parsing is lazy and reads tables on demand
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /** CJK punctuation that Open Sans also has but that should stay full width in Chinese text. */
    private static boolean preferCjk(int cp) {
        return cp >= 0x2E80;
    }

    /** LATIN, CJK, or 0 when neither font can draw the code point. */
    int fontOf(int cp) {
        if (cp < 0x10000) {
            return bmpFont[cp];
        }
        return cjkCmap.getGlyphId(cp) > 0 ? CJK : 0;
    }

    /** Advance width in 1/1000 of the font size; the width of the replacement for code points no font has. */
    float width(int cp) {
        if (cp < 0x10000) {
            return bmpFont[cp] != 0 ? bmpWidth[cp] : bmpWidth[REPLACEMENT];
        }
        int gid = cjkCmap.getGlyphId(cp);
        if (gid <= 0) {
            return bmpWidth[REPLACEMENT];
        }
        try {
            return cjk.getAdvanceWidth(gid) * cjkScale;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fresh subsetting fonts for one PDF (a subset belongs to one document), over the shared parsed fonts. */
    DocFonts embedIn(PDDocument document) throws IOException {
        return new DocFonts(PDType0Font.load(document, latin, true), PDType0Font.load(document, cjk, true));
    }

    /** The fonts one PDF draws with. */
    record DocFonts(PDType0Font latin, PDType0Font cjk) {
        PDType0Font get(int font) {
            return font == LATIN ? latin : cjk;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            latin.close();
        } finally {
            cjk.close();
        }
    }
}

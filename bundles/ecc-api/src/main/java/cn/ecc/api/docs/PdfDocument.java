package cn.ecc.api.docs;

import java.util.List;

/**
 * A printable document (A4 portrait): a centred title, an optional subtitle line (e.g. the case number),
 * then blocks, then a footer printed on every page with the page number. Text is Chinese; the platform
 * embeds the font.
 */
public record PdfDocument(String title, String subtitle, List<Block> blocks, String footer) {

    public PdfDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of the document's body. */
    public sealed interface Block permits Paragraph, Fields, Grid, Signatures {
    }

    /** Running text; wraps at the margin. {@code indent} indents the first line by two characters (公文格式). */
    public record Paragraph(String text, boolean bold, boolean indent) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false, true);
        }
    }

    /** Label–value pairs in a ruled two-column table, as on an approval form (审批单). */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label–value pair; the value wraps. */
    public record Field(String label, String value) {
    }

    /** A ruled table with a header row; columns share the width in proportion to {@code weights}. */
    public record Grid(List<String> headers, List<Integer> weights, List<List<String>> rows) implements Block {
        public Grid {
            headers = List.copyOf(headers);
            weights = List.copyOf(weights);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Lines to sign by hand, e.g. 承办人、审批人, each with a date. */
    public record Signatures(List<String> labels) implements Block {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }
}

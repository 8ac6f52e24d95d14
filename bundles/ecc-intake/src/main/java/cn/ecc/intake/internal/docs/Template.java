package cn.ecc.intake.internal.docs;

import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Block;
import cn.ecc.api.docs.PdfDocument.Field;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Paragraph;
import cn.ecc.api.docs.PdfDocument.Signatures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template: JSON with a title, a subtitle, blocks and a footer, whose texts hold placeholders
 * such as {@code ${case.number}}. Blocks: {@code {"text": …, "bold": false, "indent": true}},
 * {@code {"fields": [["标签", "值"], …]}}, {@code {"signatures": ["承办人", …]}}. A template naming an
 * unknown placeholder is refused when it is read, not when a document is printed.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z.]*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A block before its placeholders are filled. */
    private sealed interface Part permits TextPart, FieldsPart, SignaturesPart {
    }

    private record TextPart(String text, boolean bold, boolean indent) implements Part {
    }

    private record FieldsPart(List<List<String>> pairs) implements Part {
    }

    private record SignaturesPart(List<String> labels) implements Part {
    }

    private final String title;
    private final String subtitle;
    private final List<Part> parts;
    private final String footer;

    private Template(String title, String subtitle, List<Part> parts, String footer) {
        this.title = title;
        this.subtitle = subtitle;
        this.parts = parts;
        this.footer = footer;
    }

    /**
     * Reads a template.
     *
     * @param source names the template in error messages (its file)
     * @throws IllegalArgumentException saying what is wrong and where
     */
    public static Template parse(String source, String json, Set<String> knownPlaceholders) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("title").isTextual() || !root.path("blocks").isArray()) {
            throw new IllegalArgumentException(source + ": needs a \"title\" text and a \"blocks\" array");
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        for (JsonNode b : root.get("blocks")) {
            parts.add(part(source + " block " + i++, b));
        }
        Template t = new Template(root.get("title").asText(), text(root, "subtitle"), List.copyOf(parts),
                text(root, "footer"));
        Set<String> unknown = new TreeSet<>(t.placeholders());
        unknown.removeAll(knownPlaceholders);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown placeholders " + unknown + "; known: "
                    + new TreeSet<>(knownPlaceholders));
        }
        return t;
    }

    private static Part part(String where, JsonNode b) {
        if (b.has("text")) {
            return new TextPart(b.get("text").asText(), b.path("bold").asBoolean(false), b.path("indent").asBoolean(true));
        }
        if (b.has("fields") && b.get("fields").isArray()) {
            List<List<String>> pairs = new ArrayList<>();
            for (JsonNode pair : b.get("fields")) {
                if (!pair.isArray() || pair.size() != 2) {
                    throw new IllegalArgumentException(where + ": each field is [\"标签\", \"值\"]");
                }
                pairs.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
            }
            return new FieldsPart(List.copyOf(pairs));
        }
        if (b.has("signatures") && b.get("signatures").isArray()) {
            List<String> labels = new ArrayList<>();
            b.get("signatures").forEach(l -> labels.add(l.asText()));
            return new SignaturesPart(List.copyOf(labels));
        }
        throw new IllegalArgumentException(where + ": a block has \"text\", \"fields\" or \"signatures\"");
    }

    private static String text(JsonNode root, String field) {
        return root.path(field).isTextual() ? root.get(field).asText() : null;
    }

    /** Every placeholder the template uses. */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.add(subtitle);
        texts.add(footer);
        for (Part p : parts) {
            if (p instanceof TextPart t) {
                texts.add(t.text());
            } else if (p instanceof FieldsPart f) {
                f.pairs().forEach(texts::addAll);
            } else if (p instanceof SignaturesPart s) {
                texts.addAll(s.labels());
            }
        }
        for (String s : texts) {
            if (s != null) {
                Matcher m = PLACEHOLDER.matcher(s);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The document with every placeholder filled; a value missing from the map prints as a line to fill in. */
    public PdfDocument render(Map<String, String> values) {
        List<Block> blocks = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof TextPart t) {
                blocks.add(new Paragraph(fill(t.text(), values), t.bold(), t.indent()));
            } else if (p instanceof FieldsPart f) {
                blocks.add(new Fields(f.pairs().stream()
                        .map(pair -> new Field(fill(pair.get(0), values), fill(pair.get(1), values))).toList()));
            } else if (p instanceof SignaturesPart s) {
                blocks.add(new Signatures(s.labels().stream().map(l -> fill(l, values)).toList()));
            }
        }
        return new PdfDocument(fill(title, values), fill(subtitle, values), blocks, fill(footer, values));
    }

    private static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null || v.isBlank() ? "________" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

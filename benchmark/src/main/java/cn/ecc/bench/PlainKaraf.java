package cn.ecc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns an unpacked copy of the distribution into the start-up baseline: the same Karaf 4.4.10, the same JVM
 * settings and the same bundle versions (from the same system/ folder), booting the same Karaf features and every
 * third-party feature and bundle that ECC's features name, and none of ECC's. Derived from ECC's own feature
 * file, so the baseline follows when an area adds a third-party feature. With the stack probe it is the third side
 * of the start-up figure: the same, plus the probe bundle and ECC's DataSource configuration.
 */
public final class PlainKaraf {

    static final String FEATURE = "bench-third-party";

    private PlainKaraf() {
    }

    /**
     * What ECC's features bring from third parties, and what they configure for them: the capabilities they declare
     * for services that appear only at run time, and the configurations (the DataSource) by PID.
     */
    public record ThirdParty(List<String> repositories, Set<String> features, Set<String> bundles,
            Set<String> capabilities, Map<String, String> configs) {
    }

    public static ThirdParty derive(Path home) throws IOException {
        Path xml;
        try (Stream<Path> s = Files.walk(home.resolve("system/cn/ecc/ecc-features"))) {
            xml = s.filter(p -> p.getFileName().toString().endsWith("-features.xml")).findFirst()
                    .orElseThrow(() -> new IOException("no ECC feature file under system/"));
        }
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            d = f.newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            throw new IOException("cannot read " + xml, e);
        }
        List<String> repositories = new ArrayList<>();
        NodeList repos = d.getDocumentElement().getElementsByTagName("repository");
        for (int i = 0; i < repos.getLength(); i++) {
            repositories.add(repos.item(i).getTextContent().strip());
        }
        Set<String> features = new LinkedHashSet<>();
        Set<String> bundles = new LinkedHashSet<>();
        Set<String> capabilities = new LinkedHashSet<>();
        Map<String, String> configs = new LinkedHashMap<>();
        NodeList top = d.getDocumentElement().getChildNodes();
        for (int i = 0; i < top.getLength(); i++) {
            if (top.item(i) instanceof Element feature && feature.getTagName().equals("feature")) {
                NodeList inner = feature.getChildNodes();
                for (int j = 0; j < inner.getLength(); j++) {
                    Node n = inner.item(j);
                    if (!(n instanceof Element e)) {
                        continue;
                    }
                    String text = e.getTextContent().strip();
                    if (e.getTagName().equals("feature") && !text.startsWith("ecc")) {
                        features.add(text);
                    } else if (e.getTagName().equals("bundle") && !text.startsWith("mvn:cn.ecc/")) {
                        bundles.add(text);
                    } else if (e.getTagName().equals("capability")) {
                        capabilities.add(text);
                    } else if (e.getTagName().equals("config")) {
                        configs.put(e.getAttribute("name"), e.getTextContent());
                    }
                }
            }
        }
        return new ThirdParty(repositories, features, bundles, capabilities, configs);
    }

    /**
     * Rewrites the instance's boot: ECC's features out, their third-party features in; with {@code probe} (else
     * null) also that bundle, ECC's configurations and the capabilities ECC's features declare.
     */
    public static ThirdParty apply(Instance plain, Path probe) throws IOException {
        Path home = plain.home();
        ThirdParty t = derive(home);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features name=\"" + FEATURE + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        t.repositories().forEach(r -> x.append("  <repository>").append(r).append("</repository>\n"));
        x.append("  <feature name=\"" + FEATURE + "\" version=\"1.0.0\">\n");
        t.features().forEach(f -> x.append("    <feature>").append(f).append("</feature>\n"));
        t.bundles().forEach(b -> x.append("    <bundle>").append(b).append("</bundle>\n"));
        if (probe != null) {
            Path copy = Files.copy(probe, home.resolve("etc/" + probe.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            t.configs().forEach((pid, text) -> x.append("    <config name=\"").append(pid).append("\">")
                    .append(escape(text)).append("</config>\n"));
            t.capabilities().forEach(c -> x.append("    <capability>").append(escape(c)).append("</capability>\n"));
            x.append("    <bundle>").append(copy.toUri()).append("</bundle>\n");
        }
        x.append("  </feature>\n</features>\n");
        Path file = home.resolve("etc/" + FEATURE + "-features.xml");
        Files.writeString(file, x, StandardCharsets.UTF_8);

        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> repos = new ArrayList<>(listProperty(cfg, "featuresRepositories"));
        repos.removeIf(r -> r.startsWith("mvn:cn.ecc/"));
        repos.add(file.toUri().toString());
        List<String> boot = new ArrayList<>(listProperty(cfg, "featuresBoot"));
        boot.removeIf(f -> f.startsWith("ecc"));
        boot.add(FEATURE + "/1.0.0");
        setListProperty(cfg, "featuresRepositories", repos);
        setListProperty(cfg, "featuresBoot", boot);
        Files.deleteIfExists(home.resolve("etc/ecc.court.cfg.json"));
        return t;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A comma-separated property of a Karaf .cfg file, with backslash continuation lines. */
    static List<String> listProperty(Path cfg, String key) throws IOException {
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.ISO_8859_1);
        StringBuilder value = null;
        for (String l : lines) {
            if (value == null && l.strip().matches(key + "\\s*=.*")) {
                value = new StringBuilder(l.substring(l.indexOf('=') + 1));
            } else if (value != null) {
                value.append(l);
            } else {
                continue;
            }
            if (!value.toString().stripTrailing().endsWith("\\")) {
                break;
            }
            value.setLength(value.toString().stripTrailing().length() - 1);
        }
        if (value == null) {
            return List.of();
        }
        return Stream.of(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void setListProperty(Path cfg, String key, List<String> values) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.ISO_8859_1));
        List<String> out = new ArrayList<>();
        boolean inValue = false;
        for (String l : lines) {
            if (!inValue && l.strip().matches(key + "\\s*=.*")) {
                out.add(key + " = \\");
                for (int i = 0; i < values.size(); i++) {
                    out.add("    " + values.get(i) + (i < values.size() - 1 ? ", \\" : ""));
                }
                inValue = l.stripTrailing().endsWith("\\");
                continue;
            }
            if (inValue) {
                inValue = l.stripTrailing().endsWith("\\");
                continue;
            }
            out.add(l);
        }
        Files.write(cfg, out, StandardCharsets.ISO_8859_1);
    }
}

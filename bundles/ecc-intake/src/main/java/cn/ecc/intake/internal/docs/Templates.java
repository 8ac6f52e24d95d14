package cn.ecc.intake.internal.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates in use: a court's own file {@code etc/ecc/templates/intake/<id>.json} when there is one and
 * it is valid, otherwise the one shipped in the bundle. A court's file is re-read when it changes, so an
 * edit applies to the next document printed; a broken file is reported in the log and the shipped
 * template serves until it is fixed.
 */
public final class Templates {

    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);

    private final Path overrides;
    private final ClassLoader bundle;
    private final Map<InitialDocument, Template> shipped = new ConcurrentHashMap<>();
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(long modified, Template template) {
    }

    /**
     * @param overrides the directory of a court's own templates (may not exist)
     * @param bundle    where the shipped templates are
     */
    public Templates(Path overrides, ClassLoader bundle) {
        this.overrides = overrides;
        this.bundle = bundle;
    }

    public Template get(InitialDocument document) {
        Path own = overrides.resolve(document.id() + ".json");
        if (Files.isRegularFile(own)) {
            try {
                long modified = Files.getLastModifiedTime(own).toMillis();
                Loaded cached = loaded.get(own);
                if (cached == null || cached.modified() != modified) {
                    cached = new Loaded(modified, parseOwn(own));
                    loaded.put(own, cached);
                }
                if (cached.template() != null) {
                    return cached.template();
                }
            } catch (IOException e) {
                LOG.error("Cannot read the court's template {}; using the shipped one", own, e);
            }
        }
        return shipped.computeIfAbsent(document, this::shippedTemplate);
    }

    private Template parseOwn(Path file) throws IOException {
        try {
            return Template.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), DocumentValues.NAMES);
        } catch (IllegalArgumentException e) {
            LOG.error("The court's template is invalid, the shipped one is used until it is fixed: {}", e.getMessage());
            return null;
        }
    }

    private Template shippedTemplate(InitialDocument document) {
        String name = "templates/" + document.id() + ".json";
        try (InputStream in = bundle.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped template " + name);
            }
            return Template.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentValues.NAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.ecc.docs.internal;

import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.RowHandler;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.docs.internal.csv.CsvReader;
import cn.ecc.docs.internal.pdf.Fonts;
import cn.ecc.docs.internal.pdf.PdfRenderer;
import cn.ecc.docs.internal.xlsx.XlsxReader;
import cn.ecc.docs.internal.xlsx.XlsxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/** The platform's documents: PDF printouts, XLSX exports, streaming reads of uploaded XLSX and CSV files. */
@Component(service = DocumentService.class, configurationPid = "ecc.docs")
@Designate(ocd = DocsConfig.class)
public class DocumentServiceImpl implements DocumentService {

    /**
     * Parsing the two fonts and tabling the BMP takes long enough to show in the platform's start-up, and most
     * starts print nothing for a while: the fonts are loaded by the first PDF.
     */
    private final Supplier<Fonts> fontLoader;
    private final Object fontLock = new Object();
    private volatile Fonts fonts;
    private volatile PdfRenderer pdf;
    private final XlsxWriter xlsx = new XlsxWriter();
    private final XlsxReader xlsxReader;
    private final CsvReader csvReader;

    @Activate
    public DocumentServiceImpl(DocsConfig config) {
        this(Fonts::load, config.readLimitMegabytes() * 1024L * 1024L);
    }

    DocumentServiceImpl(Supplier<Fonts> fontLoader, long readLimitBytes) {
        if (readLimitBytes <= 0) {
            throw new IllegalArgumentException("readLimitMegabytes must be positive");
        }
        this.fontLoader = fontLoader;
        this.xlsxReader = new XlsxReader(readLimitBytes);
        this.csvReader = new CsvReader(readLimitBytes);
    }

    @Override
    public byte[] xlsx(List<Sheet> sheets) {
        return xlsx.write(sheets);
    }

    @Override
    public byte[] pdf(List<PdfDocument> documents) {
        return renderer().render(documents);
    }

    private PdfRenderer renderer() {
        PdfRenderer r = pdf;
        if (r == null) {
            synchronized (fontLock) {
                r = pdf;
                if (r == null) {
                    fonts = fontLoader.get();
                    r = new PdfRenderer(fonts);
                    pdf = r;
                }
            }
        }
        return r;
    }

    @Override
    public void read(InputStream in, SpreadsheetFormat format, RowHandler handler) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(handler, "handler");
        switch (format) {
            case XLSX -> xlsxReader.read(in, handler);
            case CSV -> csvReader.read(in, handler);
        }
    }

    @Deactivate
    void deactivate() throws IOException {
        synchronized (fontLock) {
            if (fonts != null) {
                fonts.close();
            }
        }
    }
}

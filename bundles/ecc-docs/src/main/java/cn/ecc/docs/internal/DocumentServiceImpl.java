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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/** The platform's documents: PDF printouts, XLSX exports, streaming reads of uploaded XLSX and CSV files. */
@Component(service = DocumentService.class, configurationPid = "ecc.docs")
@Designate(ocd = DocsConfig.class)
public class DocumentServiceImpl implements DocumentService {

    private final Fonts fonts;
    private final PdfRenderer pdf;
    private final XlsxWriter xlsx = new XlsxWriter();
    private final XlsxReader xlsxReader;
    private final CsvReader csvReader;

    @Activate
    public DocumentServiceImpl(DocsConfig config) {
        this(Fonts.load(), config.readLimitMegabytes() * 1024L * 1024L);
    }

    DocumentServiceImpl(Fonts fonts, long readLimitBytes) {
        if (readLimitBytes <= 0) {
            throw new IllegalArgumentException("readLimitMegabytes must be positive");
        }
        this.fonts = fonts;
        this.pdf = new PdfRenderer(fonts);
        this.xlsxReader = new XlsxReader(readLimitBytes);
        this.csvReader = new CsvReader(readLimitBytes);
    }

    @Override
    public byte[] xlsx(List<Sheet> sheets) {
        return xlsx.write(sheets);
    }

    @Override
    public byte[] pdf(List<PdfDocument> documents) {
        return pdf.render(documents);
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
        fonts.close();
    }
}

package org.dolbom.print;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** NanumGothic regular and bold, embedded as subsets so the PDF prints the same on any printer. */
record PdfFonts(PDType0Font regular, PDType0Font bold) {

    private static final String REGULAR = "/org/dolbom/fonts/NanumGothic.ttf";
    private static final String BOLD = "/org/dolbom/fonts/NanumGothicBold.ttf";

    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, REGULAR), font(document, BOLD));
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the build: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}

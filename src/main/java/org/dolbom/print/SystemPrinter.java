package org.dolbom.print;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends the same PDF the leader can save to a printer, through the operating system's print dialog. Call it off
 * the FX thread; the dialog is the system's own.
 */
public final class SystemPrinter {

    private SystemPrinter() {
    }

    /** The document as pages java.awt.print understands, A4 landscape kept as it is. */
    public static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }

    /**
     * Shows the system print dialog and prints when the user confirms.
     *
     * @return false when the user cancelled the dialog
     */
    public static boolean print(PDDocument document, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(pageable(document));
        if (!job.printDialog()) {
            return false;
        }
        job.print();
        return true;
    }
}

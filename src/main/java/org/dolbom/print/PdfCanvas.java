package org.dolbom.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page with the y axis pointing down from the top edge, which is how a form is laid out; PDF's own
 * origin is the bottom left.
 */
final class PdfCanvas {

    private final PDPageContentStream out;
    private final float pageHeight;

    PdfCanvas(PDPageContentStream out, float pageHeight) {
        this.out = out;
        this.pageHeight = pageHeight;
    }

    /** Text with its baseline at {@code baseline} (measured from the top). */
    void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, pageHeight - baseline);
        out.showText(printable(font, text));
        out.endText();
    }

    void textRight(String text, PDFont font, float size, float right, float baseline) throws IOException {
        text(text, font, size, right - width(font, size, text), baseline);
    }

    void textCentered(String text, PDFont font, float size, float centre, float baseline) throws IOException {
        text(text, font, size, centre - width(font, size, text) / 2, baseline);
    }

    void fill(float x, float top, float width, float height, float grey) throws IOException {
        out.setNonStrokingColor(grey, grey, grey);
        out.addRect(x, pageHeight - top - height, width, height);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    void box(float x, float top, float width, float height, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.addRect(x, pageHeight - top - height, width, height);
        out.stroke();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, float grey) throws IOException {
        out.setLineWidth(lineWidth);
        out.setStrokingColor(grey, grey, grey);
        out.moveTo(x1, pageHeight - y1);
        out.lineTo(x2, pageHeight - y2);
        out.stroke();
        out.setStrokingColor(0f, 0f, 0f);
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        } catch (IOException e) {
            return text.length() * size;
        }
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces, or after a "·" or "," that joins words
     * ("위기·독거·치매"), where it can; inside a word only where a single word is wider than the column. Nothing is
     * cut; a long address just takes more lines.
     */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String spaced : paragraph.strip().split("\\s+")) {
                boolean first = true;
                for (String word : spaced.split("(?<=[·,])")) {
                    String joint = first ? " " : "";
                    first = false;
                    String candidate = line.isEmpty() ? word : line + joint + word;
                    if (width(font, size, candidate) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // A word wider than the column is split between characters.
                    for (int i = 0; i < word.length(); ) {
                        int cp = word.codePointAt(i);
                        String next = line.toString() + Character.toString(cp);
                        if (width(font, size, next) > width && !line.isEmpty()) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        line.appendCodePoint(cp);
                        i += Character.charCount(cp);
                    }
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** Replaces any character the font cannot draw, so one odd character never stops a whole sheet. */
    static String printable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}

package kz.kelisim.consent.service;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a stream line by line with a cap on line length, so one huge line cannot exhaust memory.
 */
public final class BoundedLines {

    private final Reader reader;
    private final int maxChars;
    private boolean ended;

    public BoundedLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** One line: its text, or null text when it was longer than the cap (the rest is skipped). */
    public record Line(String text, boolean tooLong) {
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (sb.length() < maxChars) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1) {
            ended = true;
            if (sb.isEmpty() && !tooLong) {
                return null;
            }
        }
        return new Line(tooLong ? null : sb.toString().strip(), tooLong);
    }
}

package kz.kelisim.consent.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it, one record at a time: fields separated by commas, records by CRLF or
 * LF, a field in double quotes may hold commas, line breaks and doubled quotes. A UTF-8 byte order mark
 * before the first record is skipped. A record longer than the cap is skipped to its end and marked, so
 * one huge record cannot exhaust memory.
 */
public final class CsvRecords {

    private static final int BOM = '\uFEFF';

    private final Reader reader;
    private final int maxChars;
    private long line = 1;
    private boolean started;
    private boolean ended;
    private int pushedBack = -2;

    public CsvRecords(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /**
     * One record: its fields, the line it starts on, and whether it was too long (then its fields are
     * empty) or its quotes were left open.
     */
    public record Record(List<String> fields, long line, boolean tooLong, boolean unclosedQuote) {

        public boolean blank() {
            return !tooLong && fields.size() == 1 && fields.get(0).isEmpty();
        }
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        if (ended) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean quoted = false;
        boolean tooLong = false;
        int c = read();
        if (c == -1) {
            ended = true;
            return null;
        }
        while (true) {
            if (c == -1) {
                ended = true;
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        length = append(field, '"', length);
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    length = append(field, (char) c, length);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    pushedBack = after;
                }
                line++;
                break;
            } else {
                length = append(field, (char) c, length);
            }
            if (length > maxChars) {
                tooLong = true;
            }
            c = read();
        }
        fields.add(field.toString());
        return tooLong ? new Record(List.of(), startLine, true, false) : new Record(fields, startLine, false, quoted);
    }

    private int append(StringBuilder field, char c, int length) {
        if (length < maxChars) {
            field.append(c);
        }
        return length + 1;
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = reader.read();
        }
        if (!started) {
            started = true;
            if (c == BOM) {
                return read();
            }
        }
        return c;
    }
}

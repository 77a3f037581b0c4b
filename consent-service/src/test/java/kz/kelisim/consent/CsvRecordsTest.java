package kz.kelisim.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import kz.kelisim.consent.service.CsvRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    static List<CsvRecords.Record> read(String csv, int max) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(csv), max);
        List<CsvRecords.Record> all = new ArrayList<>();
        CsvRecords.Record r;
        while ((r = records.next()) != null) {
            all.add(r);
        }
        return all;
    }

    @Test
    @DisplayName("RFC 4180: quoted fields hold commas, doubled quotes and line breaks; CRLF and LF both end a record")
    void quoted_fields_and_line_ends() throws IOException {
        List<CsvRecords.Record> records = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,,\n", 1000);

        assertThat(records).extracting(CsvRecords.Record::fields).containsExactly(
                List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\r\nlines"), List.of("last", "", ""));
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    @DisplayName("A UTF-8 byte order mark before the header is not part of its first column; a last record without a line end is read")
    void byte_order_mark_and_no_final_line_end() throws IOException {
        List<CsvRecords.Record> records = read("\uFEFFsubjectIin,purposeCode\n900515401230,loan-scoring", 1000);

        assertThat(records.get(0).fields()).containsExactly("subjectIin", "purposeCode");
        assertThat(records.get(1).fields()).containsExactly("900515401230", "loan-scoring");
        assertThat(records).hasSize(2);
    }

    @Test
    @DisplayName("A record over the cap is marked too long and skipped to its end; the next record is read whole; an open quote is marked")
    void too_long_and_unclosed() throws IOException {
        List<CsvRecords.Record> records = read("short\n" + "x".repeat(50) + ",y\nnext\n\"open", 20);

        assertThat(records.get(0).fields()).containsExactly("short");
        assertThat(records.get(1).tooLong()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("next");
        assertThat(records.get(3).unclosedQuote()).isTrue();
        assertThat(read("\n", 10).get(0).blank()).isTrue();
    }
}

package kz.kelisim.consent.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.kelisim.consent.service.CsvRecords;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.Problem;

/**
 * The CSV form of a consent import (docs/operations.md, "Import legacy consents"). The header row names the
 * columns, each a field of the NDJSON line, nested fields with a dot ({@code evidence.channel}); the columns
 * may come in any order and all but {@code subjectIin} and {@code purposeCode} may be left out. An empty
 * cell is a field left out. Each row becomes the JSON line it stands for, so a CSV import follows every
 * rule of the NDJSON one, idempotency keys included.
 */
final class CsvConsents {

    /** Every column a header may name. */
    static final List<String> COLUMNS = List.of("subjectIin", "purposeCode", "validUntil", "idempotencyKey",
            "termBasis.basis", "termBasis.reference", "representative.iin", "representative.basis",
            "representative.document", "evidence.channel", "evidence.method", "evidence.noticeVersion",
            "evidence.language", "evidence.collectedAt");
    static final List<String> REQUIRED = List.of("subjectIin", "purposeCode");

    private final List<String> header;
    private final ObjectMapper json;

    private CsvConsents(List<String> header, ObjectMapper json) {
        this.header = header;
        this.json = json;
    }

    /** The columns of a header row, or a 400 naming what is wrong with them. */
    static CsvConsents of(CsvRecords.Record header, ObjectMapper json) {
        if (header == null || header.blank() || header.tooLong()) {
            throw InvalidInputException.field("header", "must be the first row, naming the columns: " + String.join(", ", COLUMNS));
        }
        List<Problem.FieldError> faults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> names = header.fields().stream().map(String::strip).toList();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                faults.add(new Problem.FieldError("header", "names an unknown column '" + name + "'; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (!seen.add(name)) {
                faults.add(new Problem.FieldError("header", "names the column '" + name + "' twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                faults.add(new Problem.FieldError("header", "must name the column '" + required + "'"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("The CSV header " + faults.get(0).message(), faults);
        }
        return new CsvConsents(names, json);
    }

    /** The JSON line a data row stands for, or the problem that keeps it from standing for one. */
    Object lineOf(CsvRecords.Record row) {
        if (row.unclosedQuote()) {
            return InvalidInputException.field("row", "has a quote that is never closed").toProblem();
        }
        if (row.fields().size() != header.size()) {
            return InvalidInputException.field("row", "has " + row.fields().size() + " fields where the header names "
                    + header.size()).toProblem();
        }
        ObjectNode line = json.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            String value = row.fields().get(i);
            if (value.isEmpty()) {
                continue;
            }
            String[] path = header.get(i).split("\\.");
            ObjectNode parent = path.length == 1 ? line : line.with(path[0]);
            parent.put(path[path.length - 1], value);
        }
        return line.toString();
    }
}

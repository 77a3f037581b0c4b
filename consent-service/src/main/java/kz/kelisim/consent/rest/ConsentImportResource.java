package kz.kelisim.consent.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.service.BoundedLines;
import kz.kelisim.consent.service.ConsentImport;
import kz.kelisim.consent.service.ConsentImporter;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.consent.service.CsvRecords;
import kz.kelisim.contracts.Sha256;
import kz.kelisim.kit.domain.Rejection;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.JsonProblems;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.problem.ProblemMappers;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators migrate legacy consents as NDJSON or CSV: one consent per line or row, answered line by line
 * as it goes, so memory does not grow with the input. This resource reads each line as the grant it asks
 * for, or refuses it; {@link ConsentImporter} stores them chunk by chunk, each chunk in its transaction.
 */
@Path("/api/v1")
public class ConsentImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final int MAX_LINE = 64 * 1024;

    private final ConsentService service;
    private final ConsentImporter importer;
    private final Caller caller;
    private final ObjectMapper json;
    private final int chunkSize;

    public ConsentImportResource(ConsentService service, ConsentImporter importer, Caller caller, ObjectMapper json,
                                 @ConfigProperty(name = "kelisim.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.service = service;
        this.importer = importer;
        this.caller = caller;
        this.json = json;
        this.chunkSize = Math.max(1, chunkSize);
    }

    /** The lines of an import, one at a time, each already read as its grant or its refusal; null at the end. */
    private interface Lines {
        ConsentImporter.Line next() throws java.io.IOException;
    }

    @POST
    @Path("consents:import")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({NDJSON, "application/json", "text/plain"})
    @Produces(NDJSON)
    @Operation(summary = "Import consents from NDJSON, one per line; the answer is NDJSON, one result per line, then a summary",
            description = "Each line is a consent body as for POST /api/v1/consents, optionally with its idempotencyKey; without one, "
                    + "the line's SHA-256 is its key, so re-sending a file imports nothing twice. Refused lines carry the problem+json. "
                    + "A line's result is written once it is committed.")
    public StreamingOutput importConsents(InputStream body) {
        BoundedLines lines = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8), MAX_LINE);
        long[] number = {0};
        String operatorId = caller.operatorId();
        return stream(operatorId, () -> {
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                number[0]++;
                if (line.tooLong() || !line.text().isEmpty()) {
                    return read(operatorId, number[0], line);
                }
            }
            return null;
        });
    }

    @POST
    @Path("consents:import")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(CSV)
    @Produces(NDJSON)
    @Operation(summary = "Import consents from CSV (RFC 4180, UTF-8, with or without a byte order mark); the answer is NDJSON, "
            + "one result per row, then a summary",
            description = "The first row names the columns: subjectIin and purposeCode, and any of validUntil, idempotencyKey, "
                    + "termBasis.basis, termBasis.reference, representative.iin, representative.basis, representative.document, "
                    + "evidence.channel, evidence.method, evidence.noticeVersion, evidence.language, evidence.collectedAt, in any "
                    + "order. An empty cell leaves the field out. Each row is imported as the NDJSON line it stands for, with "
                    + "the same rules and idempotency; a result's line is the row's line in the file. A header that names an "
                    + "unknown column, a column twice or leaves out a required one is 400 before anything is imported.")
    public StreamingOutput importCsv(InputStream body) throws java.io.IOException {
        CsvRecords records = new CsvRecords(new InputStreamReader(body, StandardCharsets.UTF_8), MAX_LINE);
        CsvConsents columns = CsvConsents.of(records.next(), json);
        String operatorId = caller.operatorId();
        return stream(operatorId, () -> {
            CsvRecords.Record row;
            while ((row = records.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                if (row.tooLong()) {
                    return read(operatorId, row.line(), new BoundedLines.Line(null, true));
                }
                Object line = columns.lineOf(row);
                return line instanceof Problem refusal ? ConsentImporter.Line.refused(row.line(), refusal)
                        : read(operatorId, row.line(), new BoundedLines.Line((String) line, false));
            }
            return null;
        });
    }

    /** Imports the lines chunk by chunk, answering each line once its chunk is committed, then the totals. */
    private StreamingOutput stream(String operatorId, Lines lines) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            ConsentImport totals = new ConsentImport();
            List<ConsentImporter.Line> chunk = new ArrayList<>(chunkSize);
            ConsentImporter.Line line;
            while ((line = lines.next()) != null) {
                chunk.add(line);
                if (chunk.size() == chunkSize) {
                    report(importer.store(operatorId, chunk), totals, out);
                    chunk.clear();
                }
            }
            report(importer.store(operatorId, chunk), totals, out);
            out.write(json.writeValueAsString(totals.summary()));
            out.write('\n');
            out.flush();
        };
    }

    private void report(List<Map<String, Object>> outcomes, ConsentImport totals, Writer out) throws java.io.IOException {
        for (Map<String, Object> outcome : outcomes) {
            totals.count(outcome);
            out.write(json.writeValueAsString(outcome));
            out.write('\n');
        }
        out.flush();
    }

    /** The line read as the grant it asks for, or as its refusal, before anything is written. */
    private ConsentImporter.Line read(String operatorId, long number, BoundedLines.Line line) {
        try {
            return ConsentImporter.Line.of(number, command(operatorId, line));
        } catch (ProblemException | Rejection e) {
            return ConsentImporter.Line.refused(number, ProblemMappers.problemOf(e));
        }
    }

    private GrantConsent command(String operatorId, BoundedLines.Line line) {
        if (line.tooLong()) {
            throw new ProblemException(400, "invalid-input", "The request is not valid",
                    "The line is longer than " + MAX_LINE + " characters");
        }
        GrantConsentRequest request;
        try {
            request = json.readValue(line.text(), GrantConsentRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
        if (request == null) {
            throw new ProblemException(400, "invalid-input", "The request is not valid", "The line is not a JSON object");
        }
        String key = request.idempotencyKey() != null && !request.idempotencyKey().isBlank()
                ? request.idempotencyKey() : "import:" + Sha256.hex(line.text());
        IdempotencyKey.require(key);
        return request.toCommand(operatorId, key, service.now());
    }
}

package kz.kelisim.consent.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.service.BoundedLines;
import kz.kelisim.consent.service.ConsentImport;
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
import org.jboss.logging.Logger;

/**
 * Operators migrate legacy consents as NDJSON: one consent per line, answered line by line as it
 * goes, so memory does not grow with the input. Lines are stored in chunks, each chunk in one
 * transaction and as one batch of grants, so the lookups, the commit and the audit chain's lock are
 * paid once per chunk, not per line. A refused line (a problem decided before anything is written)
 * does not disturb its chunk; a chunk that cannot commit is stored again line by line, so one bad
 * line never costs the others.
 */
@Path("/api/v1")
public class ConsentImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final int MAX_LINE = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(ConsentImportResource.class);

    private final ConsentService service;
    private final Caller caller;
    private final ObjectMapper json;
    private final int chunkSize;

    public ConsentImportResource(ConsentService service, Caller caller, ObjectMapper json,
                                 @ConfigProperty(name = "kelisim.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.service = service;
        this.caller = caller;
        this.json = json;
        this.chunkSize = Math.max(1, chunkSize);
    }

    /**
     * A non-empty input line with its number in the file: the NDJSON line, or the JSON line a CSV row stands
     * for; or, for a CSV row that stands for none, its refusal.
     */
    private record NumberedLine(long number, BoundedLines.Line line, Problem refusal) {
    }

    /** The lines of an import, one at a time, null at the end. */
    private interface Lines {
        NumberedLine next() throws java.io.IOException;
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
        return stream(caller.operatorId(), () -> {
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                number[0]++;
                if (line.tooLong() || !line.text().isEmpty()) {
                    return new NumberedLine(number[0], line, null);
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
        return stream(caller.operatorId(), () -> {
            CsvRecords.Record row;
            while ((row = records.next()) != null) {
                if (row.blank()) {
                    continue;
                }
                if (row.tooLong()) {
                    return new NumberedLine(row.line(), new BoundedLines.Line(null, true), null);
                }
                Object line = columns.lineOf(row);
                return line instanceof Problem refusal ? new NumberedLine(row.line(), null, refusal)
                        : new NumberedLine(row.line(), new BoundedLines.Line((String) line, false), null);
            }
            return null;
        });
    }

    /** Imports the lines chunk by chunk, answering each line once its chunk is committed, then the totals. */
    private StreamingOutput stream(String operatorId, Lines lines) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            ConsentImport totals = new ConsentImport();
            List<NumberedLine> chunk = new ArrayList<>(chunkSize);
            NumberedLine line;
            while ((line = lines.next()) != null) {
                chunk.add(line);
                if (chunk.size() == chunkSize) {
                    report(store(operatorId, chunk), totals, out);
                    chunk.clear();
                }
            }
            report(store(operatorId, chunk), totals, out);
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

    private List<Map<String, Object>> store(String operatorId, List<NumberedLine> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> storeTogether(operatorId, chunk));
        } catch (RuntimeException e) {
            LOG.warnf("An import chunk of %d lines could not commit (%s); storing its lines one by one", chunk.size(), e);
            return chunk.stream().map(l -> storeAlone(operatorId, l)).toList();
        }
    }

    /** The chunk's readable lines granted as one batch in the current transaction; unreadable lines are refused in place. */
    private List<Map<String, Object>> storeTogether(String operatorId, List<NumberedLine> chunk) {
        List<Map<String, Object>> outcomes = new ArrayList<>(Collections.nCopies(chunk.size(), null));
        List<Integer> positions = new ArrayList<>();
        List<GrantConsent> commands = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.get(i).refusal() != null) {
                outcomes.set(i, ConsentImport.refused(chunk.get(i).number(), chunk.get(i).refusal()));
                continue;
            }
            try {
                commands.add(command(operatorId, chunk.get(i).line()));
                positions.add(i);
            } catch (ProblemException | Rejection e) {
                outcomes.set(i, ConsentImport.refused(chunk.get(i).number(), ProblemMappers.problemOf(e)));
            }
        }
        List<ConsentService.Attempt> attempts = service.grantAll(operatorId, commands);
        for (int j = 0; j < attempts.size(); j++) {
            int i = positions.get(j);
            outcomes.set(i, outcome(chunk.get(i).number(), attempts.get(j)));
        }
        return outcomes;
    }

    private Map<String, Object> storeAlone(String operatorId, NumberedLine l) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> storeTogether(operatorId, List.of(l)).get(0));
        } catch (RuntimeException e) {
            Problem problem = ProblemMappers.problemOf(e);
            if (problem.status() >= 500) {
                LOG.errorf(e, "Import line %d failed", l.number());
            }
            return ConsentImport.refused(l.number(), problem);
        }
    }

    private static Map<String, Object> outcome(long number, ConsentService.Attempt attempt) {
        return attempt.refusal() != null
                ? ConsentImport.refused(number, ProblemMappers.problemOf(attempt.refusal()))
                : ConsentImport.accepted(number, attempt.outcome().consent().id(), attempt.outcome().created());
    }

    /** The grant a line asks for; a line that cannot be read as one is refused before anything is written. */
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

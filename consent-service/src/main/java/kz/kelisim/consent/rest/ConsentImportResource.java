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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import kz.kelisim.consent.service.BoundedLines;
import kz.kelisim.consent.service.ConsentImport;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Operators migrate legacy consents as NDJSON: one consent per line, each in its own transaction,
 * answered line by line as it goes, so memory does not grow with the input.
 */
@Path("/api/v1")
public class ConsentImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final int MAX_LINE = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(ConsentImportResource.class);

    private final ConsentService service;
    private final Caller caller;
    private final ObjectMapper json;

    public ConsentImportResource(ConsentService service, Caller caller, ObjectMapper json) {
        this.service = service;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Path("consents:import")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({NDJSON, "application/json", "text/plain"})
    @Produces(NDJSON)
    @Operation(summary = "Import consents from NDJSON, one per line; the answer is NDJSON, one result per line, then a summary",
            description = "Each line is a consent body as for POST /api/v1/consents, optionally with its idempotencyKey; without one, "
                    + "the line's SHA-256 is its key, so re-sending a file imports nothing twice. Refused lines carry the problem+json.")
    public StreamingOutput importConsents(InputStream body) {
        String operatorId = caller.operatorId();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            BoundedLines lines = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8), MAX_LINE);
            ConsentImport totals = new ConsentImport();
            long number = 0;
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                number++;
                if (!line.tooLong() && line.text().isEmpty()) {
                    continue;
                }
                out.write(json.writeValueAsString(importLine(operatorId, number, line, totals)));
                out.write('\n');
                if (number % 100 == 0) {
                    out.flush();
                }
            }
            out.write(json.writeValueAsString(totals.summary()));
            out.write('\n');
            out.flush();
        };
    }

    private Object importLine(String operatorId, long number, BoundedLines.Line line, ConsentImport totals) {
        try {
            if (line.tooLong()) {
                throw new ProblemException(400, "invalid-input", "The request is not valid",
                        "The line is longer than " + MAX_LINE + " characters");
            }
            GrantConsentRequest request = json.readValue(line.text(), GrantConsentRequest.class);
            if (request == null) {
                throw new ProblemException(400, "invalid-input", "The request is not valid", "The line is not a JSON object");
            }
            String key = request.idempotencyKey() != null && !request.idempotencyKey().isBlank()
                    ? request.idempotencyKey() : "import:" + sha256(line.text());
            ConsentResource.requireIdempotencyKey(key);
            var outcome = service.grant(request.toCommand(operatorId, key, service.now()));
            return totals.accepted(number, outcome.consent().id(), outcome.created());
        } catch (ProblemException e) {
            return totals.refused(number, e.toProblem());
        } catch (JsonProcessingException e) {
            return totals.refused(number, new Problem(Problem.TYPE_BASE + "invalid-input", "The request is not valid", 400,
                    "The line is not valid JSON for a consent: " + e.getOriginalMessage(), List.of()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import line %d failed", number);
            return totals.refused(number, new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                    "The line could not be stored; it has been logged", List.of()));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.kelisim.consent.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kelisim.consent.service.BoundedLines;
import kz.kelisim.consent.service.ConsentCheck;
import kz.kelisim.kit.limits.RateLimitedException;
import kz.kelisim.kit.limits.RateLimits;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.JsonProblems;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Consent checks in bulk, for campaigns and nightly jobs: the same rules and answers as the single check,
 * one database query per batch. Each question spends one request of the client's consent-check budget, so
 * a batch is no cheaper path around the rate limit.
 */
@Path("/api/v1")
@RolesAllowed(Roles.OPERATOR)
public class ConsentBatchCheckResource {

    /** The most questions one JSON batch may ask. */
    static final int MAX_BATCH = 10_000;
    /** How many NDJSON lines are answered with one query. */
    static final int CHUNK = 1_000;
    /** How many faulty questions a refused batch names. */
    static final int MAX_NAMED = 100;

    private final ConsentCheck check;
    private final RateLimits limits;
    private final Caller caller;
    private final ObjectMapper json;

    public ConsentBatchCheckResource(ConsentCheck check, RateLimits limits, Caller caller, ObjectMapper json) {
        this.check = check;
        this.limits = limits;
        this.caller = caller;
        this.json = json;
    }

    /** The body of a JSON batch. */
    public record Batch(List<ConsentCheckRequest> items) {
    }

    /** The answers of a JSON batch, in the order of its items. */
    public record Answers(List<ConsentCheck.Answer> answers) {
    }

    @POST
    @Path("consent-checks:batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Up to 10,000 consent checks at once, answered in order with the rules of POST /api/v1/consent-checks",
            description = "Body {items: [{subjectIin, purposeCode}, ...]}; answers[i] answers items[i]. A faulty item refuses the "
                    + "batch with 400 naming each (items[3].subjectIin). Each item spends one request of the client's "
                    + "consent-check budget: over it, 429 with Retry-After. NDJSON in (application/x-ndjson) streams any number.")
    public Answers checkAll(@NotNull(message = "a JSON body is required") Batch body) {
        List<ConsentCheckRequest> items = body.items();
        int largest = Math.min(MAX_BATCH, limits.largestBatch(RateLimits.Kind.CONSENT_CHECK));
        if (items == null || items.isEmpty() || items.size() > largest) {
            throw InvalidInputException.field("items", "must hold 1 to " + largest + " checks");
        }
        List<Problem.FieldError> faults = new ArrayList<>();
        for (int i = 0; i < items.size() && faults.size() < MAX_NAMED; i++) {
            faults.addAll(problems(items.get(i), "items[" + i + "]."));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults.size() + (faults.size() == MAX_NAMED ? " or more" : "")
                    + " items are not valid checks; the first is " + faults.get(0).field() + " " + faults.get(0).message(), faults);
        }
        limits.charge(RateLimits.Kind.CONSENT_CHECK, caller.clientId(), items.size());
        return new Answers(check.checkAll(caller.operatorId(), items.stream()
                .map(i -> new ConsentCheck.Question(i.subjectIin(), i.purposeCode())).toList()));
    }

    @POST
    @Path("consent-checks:batch")
    @Consumes(ConsentImportResource.NDJSON)
    @Produces(ConsentImportResource.NDJSON)
    @Operation(summary = "Any number of consent checks as NDJSON, one {subjectIin, purposeCode} per line, answered line by line",
            description = "Each answer line is {line, allowed, consentId, status, validUntil, reason}, or {line, problem} for a line "
                    + "that is not a valid check, in the order of the input. Lines are answered a thousand at a time with one "
                    + "query each, in flat memory. Each line spends one request of the client's consent-check budget; once it "
                    + "is spent the rest are answered {line, problem: rate-limited, retryAfter}, and nothing more is checked.")
    public StreamingOutput checkStream(InputStream body) {
        String operatorId = caller.operatorId();
        String client = caller.clientId();
        int chunkSize = Math.min(CHUNK, limits.largestBatch(RateLimits.Kind.CONSENT_CHECK));
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            BoundedLines lines = new BoundedLines(new InputStreamReader(body, StandardCharsets.UTF_8),
                    ConsentImportResource.MAX_LINE);
            Chunk chunk = new Chunk(chunkSize);
            long number = 0;
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                number++;
                if (!line.tooLong() && line.text().isBlank()) {
                    continue;
                }
                chunk.add(number, line);
                if (chunk.questions.size() == chunkSize) {
                    chunk.answer(operatorId, client, out);
                }
            }
            chunk.answer(operatorId, client, out);
            out.flush();
        };
    }

    /**
     * The lines read since the last answer, in order: each either a question or its refusal. Once the
     * budget is spent, every later line is refused as rate-limited.
     */
    private final class Chunk {
        private final List<Long> numbers;
        private final List<ConsentCheck.Question> questions;
        private final List<Map<String, Object>> rows;
        private Long limitedFor;

        Chunk(int size) {
            numbers = new ArrayList<>(size);
            questions = new ArrayList<>(size);
            rows = new ArrayList<>(size);
        }

        void add(long number, BoundedLines.Line line) {
            Map<String, Object> refusal = limitedFor != null ? rateLimited(number, limitedFor) : refusalOf(number, line);
            rows.add(refusal);
            if (refusal == null) {
                numbers.add(number);
            }
        }

        /** The line's refusal, or null after adding its question. */
        private Map<String, Object> refusalOf(long number, BoundedLines.Line line) {
            if (line.tooLong()) {
                return refused(number, InvalidInputException.field("line", "must be at most "
                        + ConsentImportResource.MAX_LINE + " bytes").toProblem());
            }
            ConsentCheckRequest item;
            try {
                item = json.readValue(line.text(), ConsentCheckRequest.class);
            } catch (JsonProcessingException e) {
                return refused(number, JsonProblems.of(e).toProblem());
            }
            List<Problem.FieldError> faults = problems(item, "");
            if (!faults.isEmpty()) {
                return refused(number, new InvalidInputException(faults.get(0).field() + " " + faults.get(0).message(),
                        faults).toProblem());
            }
            questions.add(new ConsentCheck.Question(item.subjectIin(), item.purposeCode()));
            return null;
        }

        /** Answers the chunk's questions with one query, or refuses them all once the budget is spent. */
        void answer(String operatorId, String client, Writer out) throws java.io.IOException {
            List<ConsentCheck.Answer> answers = List.of();
            if (!questions.isEmpty()) {
                try {
                    limits.charge(RateLimits.Kind.CONSENT_CHECK, client, questions.size());
                    answers = check.checkAll(operatorId, questions);
                } catch (RateLimitedException e) {
                    limitedFor = e.secondsToWait();
                }
            }
            int next = 0;
            for (Map<String, Object> row : rows) {
                if (row == null) {
                    long number = numbers.get(next);
                    row = limitedFor != null ? rateLimited(number, limitedFor) : answered(number, answers.get(next));
                    next++;
                }
                write(out, row);
            }
            out.flush();
            numbers.clear();
            questions.clear();
            rows.clear();
        }
    }

    private static Map<String, Object> answered(long number, ConsentCheck.Answer a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", number);
        row.put("allowed", a.allowed());
        row.put("consentId", a.consentId());
        row.put("status", a.status());
        row.put("validUntil", a.validUntil());
        row.put("reason", a.reason());
        return row;
    }

    /** The faults of one question, each field prefixed (items[3].) as the request names it. */
    private static List<Problem.FieldError> problems(ConsentCheckRequest item, String prefix) {
        if (item == null) {
            return List.of(new Problem.FieldError(prefix.isEmpty() ? "item" : prefix.substring(0, prefix.length() - 1),
                    "must be a check {subjectIin, purposeCode}"));
        }
        try {
            ConsentCheckResource.validate(item);
            return List.of();
        } catch (ProblemException e) {
            return e.toProblem().errors().stream().map(f -> new Problem.FieldError(prefix + f.field(), f.message())).toList();
        }
    }

    private static Map<String, Object> refused(long number, Problem problem) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", number);
        row.put("problem", problem);
        return row;
    }

    private static Map<String, Object> rateLimited(long number, long wait) {
        Map<String, Object> row = refused(number, new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                "This client has used up its consent-check budget; send the rest after " + wait + " s", List.of()));
        row.put("retryAfter", wait);
        return row;
    }

    private void write(Writer out, Map<String, Object> row) throws java.io.IOException {
        out.write(json.writeValueAsString(row));
        out.write('\n');
    }
}

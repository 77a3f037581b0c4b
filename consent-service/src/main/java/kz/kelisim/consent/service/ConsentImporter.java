package kz.kelisim.consent.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.kit.problem.Problem;
import kz.kelisim.kit.problem.ProblemMappers;
import org.jboss.logging.Logger;

/**
 * Stores an import chunk by chunk: each chunk in one transaction and as one batch of grants, so the
 * lookups and the commit are paid once per chunk, not per line. A line refused before anything is
 * written does not disturb its chunk; a chunk that cannot commit is stored again line by line, so one bad
 * line never costs the others.
 */
@ApplicationScoped
public class ConsentImporter {

    private static final Logger LOG = Logger.getLogger(ConsentImporter.class);

    private final ConsentService consents;

    public ConsentImporter(ConsentService consents) {
        this.consents = consents;
    }

    /** One line of an import: the grant it asks for, or its refusal, with its number in the file. */
    public record Line(long number, GrantConsent command, Problem refusal) {

        public static Line of(long number, GrantConsent command) {
            return new Line(number, command, null);
        }

        public static Line refused(long number, Problem refusal) {
            return new Line(number, null, refusal);
        }
    }

    /** The outcome of every line of the chunk, in its order, once the chunk is committed. */
    public List<Map<String, Object>> store(String operatorId, List<Line> chunk) {
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

    /** The chunk's grants as one batch in the current transaction; refused lines keep their place. */
    private List<Map<String, Object>> storeTogether(String operatorId, List<Line> chunk) {
        List<Map<String, Object>> outcomes = new ArrayList<>(Collections.nCopies(chunk.size(), null));
        List<Integer> positions = new ArrayList<>();
        List<GrantConsent> commands = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Line line = chunk.get(i);
            if (line.refusal() != null) {
                outcomes.set(i, ConsentImport.refused(line.number(), line.refusal()));
            } else {
                commands.add(line.command());
                positions.add(i);
            }
        }
        List<ConsentService.Attempt> attempts = consents.grantAll(operatorId, commands);
        for (int j = 0; j < attempts.size(); j++) {
            int i = positions.get(j);
            outcomes.set(i, outcome(chunk.get(i).number(), attempts.get(j)));
        }
        return outcomes;
    }

    private Map<String, Object> storeAlone(String operatorId, Line line) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> storeTogether(operatorId, List.of(line)).get(0));
        } catch (RuntimeException e) {
            Problem problem = ProblemMappers.problemOf(e);
            if (problem.status() >= 500) {
                LOG.errorf(e, "Import line %d failed", line.number());
            }
            return ConsentImport.refused(line.number(), problem);
        }
    }

    private static Map<String, Object> outcome(long number, ConsentService.Attempt attempt) {
        return attempt.refusal() != null
                ? ConsentImport.refused(number, ProblemMappers.problemOf(attempt.refusal()))
                : ConsentImport.accepted(number, attempt.outcome().consent().id(), attempt.outcome().created());
    }
}

package kz.kelisim.kit.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Explicit limits on what a JSON body may be, so a hostile document is refused while it is parsed
 * (400 problem+json) instead of costing memory or stack: nesting depth, one string's length and a
 * whole document's length. The request's byte size is capped before that by
 * {@code quarkus.http.limits.max-body-size} (413).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    private final int maxDepth;
    private final int maxString;
    private final long maxDocument;

    public JsonLimits(@ConfigProperty(name = "kelisim.json.max-nesting-depth", defaultValue = "32") int maxDepth,
                      @ConfigProperty(name = "kelisim.json.max-string-length", defaultValue = "1000000") int maxString,
                      @ConfigProperty(name = "kelisim.json.max-document-length", defaultValue = "10485760") long maxDocument) {
        this.maxDepth = maxDepth;
        this.maxString = maxString;
        this.maxDocument = maxDocument;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth).maxStringLength(maxString).maxDocumentLength(maxDocument).build());
    }
}

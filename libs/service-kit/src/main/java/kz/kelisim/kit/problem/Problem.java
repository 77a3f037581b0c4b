package kz.kelisim.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body; {@code type} is stable per kind of error.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://kelisim.kz/problems/";

    /** One invalid field of a request, by its JSON path. */
    public record FieldError(String field, String message) {
    }
}

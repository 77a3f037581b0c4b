package kz.kelisim.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a body the JSON reader refused into a 400 that names the field and says what is expected there,
 * in words a client's developer reads, never the parser's own message with the service's Java types in
 * it ("Cannot construct instance of `kz.kelisim...`").
 */
public final class JsonProblems {

    /** A Java type in backticks, or a fully qualified class name, as Jackson quotes them. */
    private static final Pattern JAVA_TYPE = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$.]*(?:<[^>]*>)?`?");

    private JsonProblems() {
    }

    public static InvalidInputException of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String expected = expected(e);
        if (field.isEmpty()) {
            String what = e instanceof MismatchedInputException ? "The body must be " + expected
                    : "The body is not valid JSON: " + withoutJavaTypes(e.getOriginalMessage());
            return new InvalidInputException(what, List.of());
        }
        return new InvalidInputException("The body is not valid for this request at '" + field + "': " + expected,
                List.of(new Problem.FieldError(field, expected)));
    }

    /** What the field or body should have been, from the type the reader was building. */
    static String expected(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "is not a field of this request";
        }
        if (!(e instanceof MismatchedInputException m) || m.getTargetType() == null) {
            return "has a wrong type or format";
        }
        Class<?> type = m.getTargetType();
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an ISO-8601 instant such as 2026-11-30T05:12:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-11-30";
        }
        if (type == Period.class) {
            return "must be an ISO-8601 period such as P1Y";
        }
        if (type == UUID.class) {
            return "must be a UUID such as 7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0001";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be a JSON object";
        }
        return "must be a JSON object with this request's fields";
    }

    /** A parser message with every Java type name taken out. */
    static String withoutJavaTypes(String message) {
        return message == null ? "" : JAVA_TYPE.matcher(message).replaceAll("a value");
    }
}

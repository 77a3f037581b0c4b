package kz.kelisim.kit.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A CloudEvent read from a topic: the envelope fields a consumer needs, and the data as JSON.
 */
public record IncomingEvent(UUID id, String type, String subject, Instant time, JsonNode data) {

    /** Parses a structured-mode CloudEvent; anything else is a {@link MalformedEventException}. */
    public static IncomingEvent parse(ObjectMapper mapper, String json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedEventException("not a JSON object");
            }
            return new IncomingEvent(
                    UUID.fromString(required(root, "id")),
                    required(root, "type"),
                    required(root, "subject"),
                    Instant.parse(required(root, "time")),
                    root.path("data"));
        } catch (MalformedEventException e) {
            throw e;
        } catch (java.io.IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    private static String required(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute '" + field + "'");
        }
        return value.asText();
    }

    /** The data as the given record type. */
    public <T> T dataAs(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + this.type + " is not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}

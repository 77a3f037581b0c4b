package kz.kelisim.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile variants of a valid JSON request body from a seeded random source: wrong types,
 * missing and extra fields, huge strings and arrays, deep nesting, invalid IINs and dates, injection
 * strings, invalid UTF-8, wrong content types and oversized bodies. The same seed gives the same
 * cases, so a failure can be replayed.
 */
final class HostileInput {

    /** One request to send: its body bytes and content type, and a label that says what it is. */
    record Case(String label, byte[] body, String contentType) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<String> NASTY_STRINGS = List.of(
            "", " ", "'", "' OR '1'='1' --", "\"; DROP TABLE consent; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd", "\u0000", "\uFEFF", "\uD83D\uDE00",
            "Ә Ғ Қ Ң Ө Ұ Ү Һ І", "NaN", "-1", "1e309", "9".repeat(40), "null", "true",
            "０００５１５４０１２３０", "90051540123O", "900515401231", "000000000000", "2026-02-30",
            "2026-13-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-0001-01-01T00:00:00Z", "2026-11-25T10:00:00");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How an endpoint reads its body: JSON, or the calendar's "key = value" lines. */
    enum Format {
        JSON("application/json"), PROPERTIES("text/plain");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        byte[] render(JsonNode body) {
            if (this == JSON || !body.isObject()) {
                return body.toString().getBytes(StandardCharsets.UTF_8);
            }
            StringBuilder text = new StringBuilder();
            body.fields().forEachRemaining(e -> text.append(e.getKey()).append(" = ")
                    .append(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()).append('\n'));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Random random;
    private final ObjectNode valid;
    private final Format format;

    HostileInput(long seed, ObjectNode valid, Format format) {
        this.random = new Random(seed);
        this.valid = valid;
        this.format = format;
    }

    List<Case> cases(int count) {
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(next(i));
        }
        return cases;
    }

    private Case next(int i) {
        return switch (random.nextInt(12)) {
            case 0 -> json("field removed", removeField(valid.deepCopy()));
            case 1 -> json("field with wrong type", retype(valid.deepCopy()));
            case 2 -> json("nasty string in a field", nastyValue(valid.deepCopy()));
            case 3 -> json("extra fields", extraFields(valid.deepCopy()));
            case 4 -> json("huge string", hugeString(valid.deepCopy()));
            case 5 -> json("huge array", hugeArray(valid.deepCopy()));
            case 6 -> raw("deep nesting", deepNesting(200 + random.nextInt(5000)), format.contentType);
            case 7 -> raw("invalid UTF-8", invalidUtf8(), format.contentType);
            case 8 -> raw("wrong content type", format.render(valid),
                    pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data")));
            case 9 -> raw("not JSON", pick(List.of("", "{", "[]", "null", "42", "\"x\"", "{\"a\":}", "{'a':1}"))
                    .getBytes(StandardCharsets.UTF_8), format.contentType);
            case 10 -> random.nextInt(10) == 0 ? raw("oversized body", oversized(), format.contentType)
                    : raw("empty body", new byte[0], format.contentType);
            default -> json("several mutations", nastyValue(retype(removeField(valid.deepCopy()))));
        };
    }

    private Case json(String label, JsonNode body) {
        return raw(label + ": " + abbreviate(body.toString()), format.render(body), format.contentType);
    }

    private static Case raw(String label, byte[] body, String contentType) {
        return new Case(label.length() > 160 ? label.substring(0, 160) + "…" : label, body, contentType);
    }

    private ObjectNode removeField(ObjectNode body) {
        String field = randomField(body);
        if (field != null) {
            body.remove(field);
        }
        return body;
    }

    private ObjectNode retype(ObjectNode body) {
        String field = randomField(body);
        if (field != null) {
            body.set(field, pick(List.of(NODES.numberNode(random.nextLong()), NODES.booleanNode(random.nextBoolean()),
                    NODES.nullNode(), NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("x", 1),
                    NODES.numberNode(random.nextDouble() * 1e300))));
        }
        return body;
    }

    private ObjectNode nastyValue(ObjectNode body) {
        String field = randomField(body);
        if (field != null) {
            body.put(field, pick(NASTY_STRINGS));
        }
        return body;
    }

    private ObjectNode extraFields(ObjectNode body) {
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            body.put("extra" + random.nextInt(1000), pick(NASTY_STRINGS));
        }
        body.put("id", "00000000-0000-0000-0000-000000000000");
        body.put("operatorId", "120340004562");
        return body;
    }

    private ObjectNode hugeString(ObjectNode body) {
        String field = randomField(body);
        body.put(field == null ? "x" : field, "A".repeat(10_000 + random.nextInt(2_000_000)));
        return body;
    }

    private ObjectNode hugeArray(ObjectNode body) {
        ArrayNode array = NODES.arrayNode();
        int size = 1_000 + random.nextInt(100_000);
        for (int i = 0; i < size; i++) {
            array.add(i);
        }
        String field = randomField(body);
        body.set(field == null ? "x" : field, array);
        return body;
    }

    private static byte[] deepNesting(int depth) {
        StringBuilder json = new StringBuilder();
        json.append("{\"a\":".repeat(depth)).append("1").append("}".repeat(depth));
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8() {
        byte[] prefix = "{\"subjectIin\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] suffix = "\",\"purposeCode\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        return body;
    }

    private byte[] oversized() {
        // Past the services' body limit: the answer must be 413, and nothing may be stored.
        byte[] body = new byte[(11 + random.nextInt(4)) * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'A');
        body[0] = '"';
        body[body.length - 1] = '"';
        return body;
    }

    private String randomField(ObjectNode body) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

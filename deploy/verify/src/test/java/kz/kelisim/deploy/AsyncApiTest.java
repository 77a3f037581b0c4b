package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/asyncapi.yaml true to the code: every event type of libs/contracts is a message whose
 * data schema has exactly the record's components, on the channel of the topic it is published on,
 * with a CloudEvents example; every topic and dead-letter topic is a channel.
 */
class AsyncApiTest {

    static final List<String> SERVICES = List.of("consent-service", "objection-service", "notification-service");
    private static final String CONTRACTS = "libs/contracts/src/main/java";
    private static final Pattern TYPE_CONSTANT = Pattern.compile("static final String (\\w*TYPE)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EVENT_RECORD = Pattern.compile("record\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*implements\\s+DomainEvent");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern TOPIC_OF_RECORD = Pattern.compile("String topic\\(\\)\\s*\\{\\s*return Topics\\.(\\w+);");
    private static final List<String> ENVELOPE = List.of("specversion", "id", "source", "type", "subject", "time",
            "datacontenttype", "data");

    /** One event type as libs/contracts declares it. */
    record EventType(String type, String record, List<String> components, String topic, String file) {
    }

    static JsonNode doc;
    static List<EventType> types;

    @BeforeAll
    static void load() {
        List<JsonNode> docs = Repo.yamlDocuments(Repo.path("docs/asyncapi.yaml"));
        assertThat(docs).as("docs/asyncapi.yaml is one YAML document").hasSize(1);
        doc = docs.get(0);
        types = eventTypes();
    }

    @Test
    @DisplayName("The document is AsyncAPI 3.0")
    void is_asyncapi_3() {
        assertThat(doc.path("asyncapi").asText()).startsWith("3.0");
        assertThat(doc.path("channels").isObject()).isTrue();
        assertThat(doc.path("components").path("messages").isObject()).isTrue();
    }

    @Test
    @DisplayName("Every TYPE constant of libs/contracts is described as a message")
    void every_event_type_is_a_message() {
        assertThat(types).as("event types found in " + CONTRACTS).hasSizeGreaterThan(10);
        Set<String> described = messages().keySet();
        for (EventType t : types) {
            assertThat(described).as(t.type() + " (" + t.file() + ") is described in docs/asyncapi.yaml")
                    .contains(t.type());
        }
    }

    @Test
    @DisplayName("Every topic created by deploy/local/kafka.sh is a channel")
    void every_topic_is_a_channel() {
        assertThat(channelAddresses()).containsAll(Repo.suiteTopics());
    }

    @Test
    @DisplayName("Every dead-letter topic configured for a consumer is a channel")
    void every_dead_letter_topic_is_a_channel() {
        Set<String> dlqs = new TreeSet<>();
        SERVICES.forEach(app -> dlqs.addAll(AppConfig.of(app).deadLetterTopics()));
        assertThat(dlqs).as("dead-letter topics in the services' configuration").isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotContain("${"));
        assertThat(channelAddresses()).containsAll(dlqs);
    }

    @Test
    @DisplayName("Every channel is a topic the suite creates or a dead-letter topic a consumer uses")
    void no_channel_without_a_topic() {
        Set<String> known = new TreeSet<>(Repo.suiteTopics());
        SERVICES.forEach(app -> known.addAll(AppConfig.of(app).deadLetterTopics()));
        assertThat(known).containsAll(channelAddresses());
    }

    @Test
    @DisplayName("Compacted topics are described as compacted")
    void compacted_topics_are_compacted() {
        for (String topic : Repo.compactedTopics()) {
            JsonNode policy = channelByAddress(topic).path("bindings").path("kafka").path("topicConfiguration")
                    .path("cleanup.policy");
            assertThat(policy.toString()).as(topic + " cleanup.policy").contains("compact");
        }
    }

    @Test
    @DisplayName("Each message's data schema has exactly the properties of its event record's components")
    void data_schemas_match_the_records() {
        Map<String, JsonNode> byType = messages();
        for (EventType t : types) {
            assertThat(byType).as("messages of docs/asyncapi.yaml").containsKey(t.type());
            JsonNode data = dataSchema(byType.get(t.type()));
            Set<String> properties = new TreeSet<>();
            data.path("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as("data of " + t.type() + " against record " + t.record())
                    .isEqualTo(new TreeSet<>(t.components()));
        }
    }

    @Test
    @DisplayName("Each event type is listed on the channel of the topic it is published on")
    void messages_sit_on_their_topics() {
        Set<String> deadlineTopics = new TreeSet<>();
        SERVICES.forEach(app -> deadlineTopics.add(AppConfig.of(app).properties().get("kelisim.deadlines.topic")));
        assertThat(deadlineTopics).doesNotContainNull().hasSize(SERVICES.size());
        for (EventType t : types) {
            // Deadline events go to the owning service's topic (kelisim.deadlines.topic), carried in the record.
            Set<String> topics = t.topic() != null ? Set.of(t.topic()) : deadlineTopics;
            for (String topic : topics) {
                assertThat(messageNamesOn(topic)).as(t.type() + " on channel " + topic).contains(t.type());
            }
        }
    }

    @Test
    @DisplayName("Each message has a structured-mode CloudEvent example of its own type whose data fits its schema")
    void examples_are_cloud_events() {
        messages().forEach((name, message) -> {
            if (!name.startsWith("kz.kelisim.")) {
                return; // the dead-letter message carries whatever record could not be read
            }
            JsonNode examples = message.path("examples");
            assertThat(examples.size()).as("examples of " + name).isPositive();
            Set<String> properties = new TreeSet<>();
            dataSchema(message).path("properties").fieldNames().forEachRemaining(properties::add);
            for (JsonNode example : examples) {
                JsonNode event = example.path("payload");
                for (String attribute : ENVELOPE) {
                    assertThat(event.has(attribute)).as(name + " example has '" + attribute + "'").isTrue();
                }
                assertThat(event.path("specversion").asText()).isEqualTo("1.0");
                assertThat(event.path("type").asText()).as("type of the " + name + " example").isEqualTo(name);
                assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
                assertThat(event.path("id").asText()).as(name + ": id is data.eventId")
                        .isEqualTo(event.path("data").path("eventId").asText());
                if (event.path("data").has("subjectRef")) {
                    assertThat(event.path("subject").asText()).as(name + ": subject is data.subjectRef (the key)")
                            .isEqualTo(event.path("data").path("subjectRef").asText());
                }
                Set<String> fields = new TreeSet<>();
                event.path("data").fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as("data of the " + name + " example").isEqualTo(properties);
            }
        });
    }

    @Test
    @DisplayName("Every $ref in the document resolves")
    void references_resolve() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(resolve(ref).isMissingNode()).as(ref + " resolves").isFalse();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Every event type constant of libs/contracts with its record's components and topic. */
    static List<EventType> eventTypes() {
        Map<String, String> topics = new TreeMap<>();
        Matcher tm = TOPIC_CONSTANT.matcher(Repo.read(CONTRACTS + "/kz/kelisim/contracts/Topics.java"));
        while (tm.find()) {
            topics.put(tm.group(1), tm.group(2));
        }
        List<EventType> found = new ArrayList<>();
        for (Path file : Repo.files(CONTRACTS, ".java")) {
            String source = Repo.read(file);
            Matcher types = TYPE_CONSTANT.matcher(source);
            List<String[]> constants = new ArrayList<>();
            while (types.find()) {
                constants.add(new String[] {types.group(1), types.group(2)});
            }
            if (constants.isEmpty()) {
                continue;
            }
            Matcher record = EVENT_RECORD.matcher(source);
            assertThat(record.find()).as(file + " declares a record implementing DomainEvent").isTrue();
            Matcher topic = TOPIC_OF_RECORD.matcher(source);
            String topicName = null;
            if (topic.find()) {
                topicName = topics.get(topic.group(1));
                assertThat(topicName).as("Topics." + topic.group(1)).isNotNull();
            }
            for (String[] constant : constants) {
                found.add(new EventType(constant[1], record.group(1), components(record.group(2)), topicName,
                        Repo.ROOT.relativize(file).toString()));
            }
        }
        return found;
    }

    /** The component names of a record header such as {@code UUID eventId, List<Obligation> obligations}. */
    static List<String> components(String header) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                String[] words = part.toString().trim().split("\\s+");
                if (!words[0].isEmpty()) {
                    names.add(words[words.length - 1]);
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return names;
    }

    /** The messages of components.messages by their name (the CloudEvents type). */
    static Map<String, JsonNode> messages() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        doc.path("components").path("messages").fields().forEachRemaining(e -> {
            String name = e.getValue().path("name").asText();
            assertThat(name).as("message " + e.getKey() + " has a name").isNotBlank();
            assertThat(byName.put(name, e.getValue())).as("message name " + name + " is used once").isNull();
        });
        return byName;
    }

    static Set<String> channelAddresses() {
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        return addresses;
    }

    static JsonNode channelByAddress(String address) {
        for (JsonNode channel : doc.path("channels")) {
            if (address.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new AssertionError("No channel with address " + address);
    }

    static Set<String> messageNamesOn(String address) {
        Set<String> names = new TreeSet<>();
        channelByAddress(address).path("messages").forEach(m -> names.add(deref(m).path("name").asText()));
        return names;
    }

    /** The schema of {@code data}: the payload is allOf [CloudEvent, {properties: {type, data: $ref}}]. */
    static JsonNode dataSchema(JsonNode message) {
        for (JsonNode part : message.path("payload").path("allOf")) {
            JsonNode data = part.path("properties").path("data");
            if (!data.isMissingNode()) {
                JsonNode schema = deref(data);
                assertThat(schema.path("properties").isObject()).as("data schema of " + message.path("name")).isTrue();
                return schema;
            }
        }
        throw new AssertionError("Message " + message.path("name").asText() + " has no data schema");
    }

    static JsonNode deref(JsonNode node) {
        return node.has("$ref") ? resolve(node.path("$ref").asText()) : node;
    }

    static JsonNode resolve(String ref) {
        JsonNode node = doc;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    into.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, into));
        }
    }
}

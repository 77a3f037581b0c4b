package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * deploy/compose/compose.yaml agrees with what the services read and with the local suite: health
 * checks, start order, environment, ports, topics, versions, and secrets kept out of the file.
 */
class ComposeTest {

    static final List<String> APPS = Repo.APPS;
    static final List<String> SERVICES = List.of("consent-service", "objection-service", "notification-service");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?]([^}]*))?}");

    static JsonNode compose;
    static String composeText;

    @BeforeAll
    static void load() {
        composeText = Repo.read("deploy/compose/compose.yaml");
        List<JsonNode> docs = Repo.yamlDocuments(Repo.path("deploy/compose/compose.yaml"));
        assertThat(docs).as("compose.yaml is one YAML document").hasSize(1);
        compose = docs.get(0);
    }

    static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertThat(s.isObject()).as("compose service " + name).isTrue();
        return s;
    }

    static Map<String, String> environment(String name) {
        Map<String, String> env = new TreeMap<>();
        JsonNode e = service(name).path("environment");
        assertThat(e.isObject()).as(name + " environment is a map").isTrue();
        e.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
        return env;
    }

    static String healthCommand(String name) {
        JsonNode test = service(name).path("healthcheck").path("test");
        List<String> parts = new ArrayList<>();
        test.forEach(p -> parts.add(p.asText()));
        return String.join(" ", parts);
    }

    @Test
    void compose_file_holds_the_whole_suite() {
        assertThat(compose.path("services").fieldNames()).toIterable()
                .contains("postgres", "kafka", "kafka-topics", "keycloak")
                .containsAll(APPS);
    }

    @Test
    void every_long_running_container_has_a_health_check() {
        compose.path("services").fields().forEachRemaining(s -> {
            if (!s.getKey().equals("kafka-topics")) {
                assertThat(s.getValue().path("healthcheck").path("test").isArray())
                        .as(s.getKey() + " has a healthcheck test").isTrue();
            }
        });
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_is_healthy_only_when_its_readiness_check_answers_200_on_its_port(String app) {
        AppConfig config = AppConfig.of(app);
        assertThat(healthCommand(app))
                .contains("/dev/tcp/127.0.0.1/" + config.httpPort())
                .contains("GET /q/health/ready ")
                .contains("' 200 '");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void each_service_starts_after_its_database_kafka_topics_and_keycloak(String app) {
        JsonNode deps = service(app).path("depends_on");
        assertThat(deps.path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(deps.path("kafka").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(deps.path("keycloak").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(deps.path("kafka-topics").path("condition").asText()).isEqualTo("service_completed_successfully");
    }

    @Test
    void the_portal_starts_after_keycloak_and_every_service_is_healthy() {
        JsonNode deps = service("portal").path("depends_on");
        for (String dep : List.of("keycloak", "consent-service", "objection-service", "notification-service")) {
            assertThat(deps.path(dep).path("condition").asText()).as("portal depends on " + dep).isEqualTo("service_healthy");
        }
        assertThat(service("kafka-topics").path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_gets_every_variable_it_needs(String app) {
        AppConfig config = AppConfig.of(app);
        assertThat(config.requiredEnv()).as("derived variables of " + app).isNotEmpty();
        assertThat(environment(app).keySet()).as(app + " environment in compose.yaml").containsAll(config.requiredEnv());
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_gets_no_kelisim_or_kafka_variable_it_does_not_read(String app) {
        AppConfig config = AppConfig.of(app);
        environment(app).keySet().stream()
                .filter(v -> v.startsWith("KELISIM_") || v.startsWith("KAFKA_"))
                .forEach(v -> assertThat(config.reads(v)).as(app + " reads " + v).isTrue());
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_listens_and_is_published_on_its_quarkus_http_port(String app) {
        int port = AppConfig.of(app).httpPort();
        assertThat(environment(app)).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(port));
        List<String> ports = new ArrayList<>();
        service(app).path("ports").forEach(p -> ports.add(p.asText()));
        assertThat(ports).anyMatch(p -> p.endsWith(":" + port));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void each_service_uses_its_own_database_created_by_the_init_script(String app) {
        AppConfig config = AppConfig.of(app);
        Map<String, String> env = environment(app);
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + config.database());
        String init = Repo.read("deploy/compose/postgres/init-databases.sh");
        assertThat(init).contains("CREATE DATABASE " + config.database() + " OWNER " + env.get("QUARKUS_DATASOURCE_USERNAME") + ";");
        assertThat(init).contains("CREATE ROLE " + env.get("QUARKUS_DATASOURCE_USERNAME") + " LOGIN");
        assertThat(composeText).contains("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_reaches_the_infrastructure_by_its_compose_name(String app) {
        Map<String, String> env = environment(app);
        assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("http://keycloak:8080/realms/kelisim");
        if (!app.equals("portal")) {
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        }
    }

    @Test
    void the_portal_calls_each_service_by_its_compose_name_and_port() {
        Map<String, String> env = environment("portal");
        for (String app : SERVICES) {
            String prefix = app.substring(0, app.indexOf('-')).toUpperCase();
            assertThat(env.get("KELISIM_" + prefix + "_URL")).isEqualTo("http://" + app + ":" + AppConfig.of(app).httpPort());
        }
    }

    @Test
    void tokens_issued_to_browsers_are_accepted_by_the_services() {
        Map<String, String> kc = environment("keycloak");
        String publicUrl = kc.get("KC_HOSTNAME");
        Matcher m = INTERPOLATION.matcher(publicUrl);
        assertThat(m.matches()).as("KC_HOSTNAME comes from the environment").isTrue();
        String fallback = m.group(2);
        assertThat(kc).containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        // The fallback public URL is the port Keycloak is published on, so browsers and the issuer agree.
        String port = fallback.substring(fallback.lastIndexOf(':') + 1);
        List<String> ports = new ArrayList<>();
        service("keycloak").path("ports").forEach(p -> ports.add(p.asText()));
        assertThat(ports).contains(port + ":" + kc.get("KC_HTTP_PORT"));
        // The portal is published where the realm lets the login redirect back to.
        JsonNode portal = RealmImport.client(Repo.readJson("deploy/keycloak/kelisim-realm.json"), "portal");
        List<String> redirects = new ArrayList<>();
        portal.path("redirectUris").forEach(r -> redirects.add(r.asText()));
        assertThat(redirects).contains("http://localhost:" + AppConfig.of("portal").httpPort() + "/*");
    }

    @Test
    void keycloak_imports_the_realm_from_deploy_keycloak() {
        List<String> volumes = new ArrayList<>();
        service("keycloak").path("volumes").forEach(v -> volumes.add(v.asText()));
        assertThat(volumes).contains("../keycloak/kelisim-realm.json:/opt/keycloak/data/import/kelisim-realm.json:ro");
        assertThat(Files.isRegularFile(Repo.path("deploy/keycloak/kelisim-realm.json"))).isTrue();
        assertThat(service("keycloak").path("command").toString()).contains("--import-realm");
    }

    @Test
    void images_run_the_versions_of_the_local_suite() {
        assertThat(service("kafka").path("image").asText()).isEqualTo("apache/kafka:" + Repo.localVersion("KAFKA_VERSION"));
        assertThat(service("kafka-topics").path("image").asText()).isEqualTo(service("kafka").path("image").asText());
        assertThat(service("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:" + Repo.localVersion("KEYCLOAK_VERSION"));
        assertThat(service("postgres").path("image").asText()).isEqualTo("postgres:" + Repo.localPostgresMajor());
    }

    @Test
    void topic_service_creates_every_topic_and_dead_letter_topic() {
        String script = service("kafka-topics").path("command").toString();
        for (String topic : Repo.suiteTopics()) {
            assertThat(script).as("creates " + topic).containsPattern("\\b" + Pattern.quote(topic) + "\\b");
        }
        for (String topic : Repo.compactedTopics()) {
            assertThat(script).contains("create " + topic + " --config cleanup.policy=compact");
        }
        for (String app : SERVICES) {
            for (String dlq : AppConfig.of(app).deadLetterTopics()) {
                assertThat(script).as("creates " + dlq).contains(dlq);
            }
        }
        assertThat(script).contains("--partitions 3");
    }

    @Test
    void secrets_come_from_the_environment_with_only_local_demo_fallbacks() {
        String localValues = Repo.read("deploy/local/services.sh") + Repo.read("deploy/local/env.sh")
                + Repo.read("deploy/local/keycloak.sh") + Repo.read("deploy/local/postgres.sh")
                + Repo.read("deploy/keycloak/kelisim-realm.json")
                + Repo.read("libs/service-kit/src/main/resources/META-INF/microprofile-config.properties")
                + String.join("\n", APPS.stream().map(a -> Repo.read(a + "/src/main/resources/application.properties")).toList());
        compose.path("services").fields().forEachRemaining(s -> s.getValue().path("environment").fields().forEachRemaining(e -> {
            if (!e.getKey().matches(".*(PASSWORD|SECRET|_KEY)$")) {
                return;
            }
            Matcher m = INTERPOLATION.matcher(e.getValue().asText());
            assertThat(m.matches()).as(s.getKey() + " " + e.getKey() + " is read from the environment, not written here").isTrue();
            String fallback = m.group(2);
            if (fallback != null) {
                assertThat(fallback.contains("change-me") || localValues.contains(fallback))
                        .as(s.getKey() + " " + e.getKey() + " falls back to a local demo value only, not '" + fallback + "'").isTrue();
            }
        }));
    }

    @Test
    void every_variable_the_file_reads_is_documented_in_env_example() {
        String example = Repo.read("deploy/compose/env.example");
        Set<String> used = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(composeText);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).isNotEmpty();
        for (String variable : used) {
            assertThat(example).as("env.example documents " + variable).containsPattern("(?m)^" + variable + "=");
        }
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_application_image_is_built_from_its_module_dockerfile(String app) {
        JsonNode build = service(app).path("build");
        assertThat(build.path("context").asText()).isEqualTo("../../" + app);
        assertThat(build.path("dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(Files.isRegularFile(Repo.path(app + "/src/main/docker/Dockerfile.jvm"))).isTrue();
    }
}

package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * deploy/k8s/base agrees with the code and holds together: each application's Deployment, Service,
 * autoscaler, disruption budget and network policy; the environment each one reads; the Strimzi
 * topics, the CloudNativePG databases and the Keycloak Operator resources they point at.
 */
class KubernetesManifestsTest {

    static final List<String> APPS = Repo.APPS;
    static final List<String> SERVICES = List.of("consent-service", "objection-service", "notification-service");
    private static final Set<String> BUILT_IN = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1");
    private static final Set<String> OPERATOR_APIS = Set.of(
            "kafka.strimzi.io/v1beta2", "postgresql.cnpg.io/v1", "k8s.keycloak.org/v2alpha1");

    private static Deployment deployment(String app) {
        return Manifests.typed("Deployment", app, Deployment.class);
    }

    private static Container container(String app) {
        List<Container> containers = deployment(app).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(app + " containers").hasSize(1);
        return containers.get(0);
    }

    private static Map<String, String> podLabels(String app) {
        return deployment(app).getSpec().getTemplate().getMetadata().getLabels();
    }

    /** Every variable the container gets: its env, and the keys of the ConfigMaps it loads whole. */
    private static Set<String> providedEnv(String app) {
        Set<String> names = new TreeSet<>();
        Container c = container(app);
        c.getEnv().forEach(e -> names.add(e.getName()));
        for (EnvFromSource from : c.getEnvFrom()) {
            assertThat(from.getConfigMapRef()).as(app + " loads only ConfigMaps whole; Secrets are referenced key by key").isNotNull();
            ConfigMap map = Manifests.typed("ConfigMap", from.getConfigMapRef().getName(), ConfigMap.class);
            names.addAll(map.getData().keySet());
        }
        return names;
    }

    private static String envValue(String app, String name) {
        for (EnvVar e : container(app).getEnv()) {
            if (e.getName().equals(name)) {
                return e.getValue();
            }
        }
        for (EnvFromSource from : container(app).getEnvFrom()) {
            String v = Manifests.typed("ConfigMap", from.getConfigMapRef().getName(), ConfigMap.class).getData().get(name);
            if (v != null) {
                return v;
            }
        }
        throw new AssertionError(app + " has no variable " + name);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    @Test
    void every_manifest_loads_with_the_kubernetes_model() {
        assertThat(Manifests.all()).hasSizeGreaterThan(20);
        for (Manifests.Manifest m : Manifests.all()) {
            String api = m.tree().path("apiVersion").asText();
            assertThat(m.name()).as(m.file() + " " + m.kind() + " has a name").isNotBlank();
            if (BUILT_IN.contains(api)) {
                assertThat(Manifests.isGeneric(m)).as(m.kind() + " " + m.name() + " loads as a typed fabric8 model").isFalse();
            } else {
                assertThat(api).as(m.kind() + " " + m.name() + " is a known operator's resource").isIn(OPERATOR_APIS);
                assertThat(Manifests.isGeneric(m)).isTrue();
            }
        }
    }

    @Test
    void every_manifest_is_listed_in_its_kustomization_and_every_listed_file_exists() {
        for (var kustomization : Repo.files("deploy/k8s", "kustomization.yaml")) {
            JsonNode k = Repo.yamlDocuments(kustomization).get(0);
            var dir = kustomization.getParent();
            Set<String> listed = new TreeSet<>();
            for (String field : List.of("resources", "patches")) {
                k.path(field).forEach(r -> {
                    String path = r.isTextual() ? r.asText() : r.path("path").asText(null);
                    if (path != null) {
                        assertThat(dir.resolve(path)).as(kustomization + " lists " + path).exists();
                        listed.add(dir.resolve(path).normalize().toString());
                    }
                });
            }
            if (dir.endsWith("base")) {
                Manifests.all().stream().filter(Manifests.Manifest::inBase).map(m -> m.file().normalize().toString())
                        .distinct().forEach(f -> assertThat(listed).as("base/kustomization.yaml lists " + f).contains(f));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_deployment_probes_readiness_and_liveness_on_its_http_port(String app) {
        int port = AppConfig.of(app).httpPort();
        Container c = container(app);
        assertThat(c.getPorts()).anyMatch(p -> p.getContainerPort() == port && "http".equals(p.getName()));
        Probe ready = c.getReadinessProbe();
        Probe live = c.getLivenessProbe();
        assertThat(ready).as(app + " readiness probe").isNotNull();
        assertThat(live).as(app + " liveness probe").isNotNull();
        assertThat(ready.getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(live.getHttpGet().getPath()).isEqualTo("/q/health/live");
        for (Probe p : List.of(ready, live)) {
            String probePort = p.getHttpGet().getPort().getStrVal();
            assertThat(probePort == null ? String.valueOf(p.getHttpGet().getPort().getIntVal()) : probePort).isIn("http", String.valueOf(port));
        }
        assertThat(envValue(app, "QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(port));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_deployment_requests_cpu_and_memory_and_limits_memory(String app) {
        var resources = container(app).getResources();
        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).containsKey("memory");
        assertThat(deployment(app).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_deployment_has_a_service_an_autoscaler_a_disruption_budget_and_a_network_policy(String app) {
        int port = AppConfig.of(app).httpPort();
        Map<String, String> labels = podLabels(app);
        assertThat(selects(deployment(app).getSpec().getSelector().getMatchLabels(), labels)).isTrue();

        Service service = Manifests.typed("Service", app, Service.class);
        assertThat(selects(service.getSpec().getSelector(), labels)).as(app + " Service selects its pods").isTrue();
        assertThat(service.getSpec().getPorts()).anyMatch(p -> p.getPort() == port
                && ("http".equals(p.getTargetPort().getStrVal()) || Integer.valueOf(port).equals(p.getTargetPort().getIntVal())));

        HorizontalPodAutoscaler hpa = Manifests.typed("HorizontalPodAutoscaler", app, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(app);
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());

        PodDisruptionBudget pdb = Manifests.typed("PodDisruptionBudget", app, PodDisruptionBudget.class);
        assertThat(selects(pdb.getSpec().getSelector().getMatchLabels(), labels)).as(app + " PDB selects its pods").isTrue();
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isPositive().isLessThan(hpa.getSpec().getMinReplicas());

        NetworkPolicy policy = Manifests.typed("NetworkPolicy", app, NetworkPolicy.class);
        assertThat(selects(policy.getSpec().getPodSelector().getMatchLabels(), labels)).as(app + " policy selects its pods").isTrue();
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress", "Egress");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_deployment_gets_every_variable_it_needs(String app) {
        AppConfig config = AppConfig.of(app);
        assertThat(config.requiredEnv()).isNotEmpty();
        assertThat(providedEnv(app)).as(app + " environment in deploy/k8s").containsAll(config.requiredEnv());
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void each_deployment_reads_secrets_from_secret_references_only(String app) {
        for (EnvVar e : container(app).getEnv()) {
            if (e.getName().matches(".*(PASSWORD|SECRET|_KEY|USERNAME)$")) {
                assertThat(e.getValue()).as(app + " " + e.getName() + " is not written in the manifest").isNull();
                assertThat(e.getValueFrom().getSecretKeyRef()).as(app + " " + e.getName() + " comes from a Secret").isNotNull();
            }
        }
        for (EnvFromSource from : container(app).getEnvFrom()) {
            ConfigMap map = Manifests.typed("ConfigMap", from.getConfigMapRef().getName(), ConfigMap.class);
            assertThat(map.getData().keySet()).noneMatch(k -> k.matches(".*(PASSWORD|SECRET|_KEY)$"));
        }
    }

    @Test
    void no_secret_is_written_in_the_manifests_except_the_marked_local_example() {
        for (Manifests.Manifest m : Manifests.all()) {
            if (!m.kind().equals("Secret")) {
                continue;
            }
            assertThat(m.inBase()).as("Secret " + m.name() + " is not part of base").isFalse();
            assertThat(m.tree().path("metadata").path("annotations").path("kelisim.kz/example").asText())
                    .as("Secret " + m.name() + " is marked as an example").isNotBlank();
            assertThat(m.file().getFileName().toString()).contains("example");
        }
    }

    @Test
    void every_secret_the_base_references_is_shown_with_its_keys_in_the_local_example() {
        Map<String, Set<String>> needed = new java.util.TreeMap<>();
        for (String app : APPS) {
            for (EnvVar e : container(app).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    needed.computeIfAbsent(e.getValueFrom().getSecretKeyRef().getName(), n -> new TreeSet<>())
                            .add(e.getValueFrom().getSecretKeyRef().getKey());
                }
            }
        }
        JsonNode cluster = Manifests.get("Cluster", "kelisim-db").tree().path("spec");
        cluster.path("managed").path("roles").forEach(r -> needed.computeIfAbsent(
                r.path("passwordSecret").path("name").asText(), n -> new TreeSet<>()).addAll(List.of("username", "password")));
        needed.computeIfAbsent(cluster.path("bootstrap").path("initdb").path("secret").path("name").asText(), n -> new TreeSet<>())
                .addAll(List.of("username", "password"));
        JsonNode kcDb = Manifests.get("Keycloak", "kelisim-keycloak").tree().path("spec").path("db");
        for (String field : List.of("usernameSecret", "passwordSecret")) {
            needed.computeIfAbsent(kcDb.path(field).path("name").asText(), n -> new TreeSet<>()).add(kcDb.path(field).path("key").asText());
        }
        Manifests.get("KeycloakRealmImport", "kelisim-realm").tree().path("spec").path("placeholders").forEach(p -> needed
                .computeIfAbsent(p.path("secret").path("name").asText(), n -> new TreeSet<>()).add(p.path("secret").path("key").asText()));

        Map<String, JsonNode> examples = new java.util.TreeMap<>();
        Manifests.all().stream().filter(m -> m.kind().equals("Secret")).forEach(m -> examples.put(m.name(), m.tree()));
        needed.forEach((secret, keys) -> {
            assertThat(examples).as("overlays/local shows an example of Secret " + secret).containsKey(secret);
            Set<String> exampleKeys = new TreeSet<>();
            examples.get(secret).path("stringData").fieldNames().forEachRemaining(exampleKeys::add);
            examples.get(secret).path("data").fieldNames().forEachRemaining(exampleKeys::add);
            assertThat(exampleKeys).as("keys of example Secret " + secret).containsAll(keys);
        });
        // A role's Secret names the role it logs in as.
        cluster.path("managed").path("roles").forEach(r -> assertThat(examples.get(r.path("passwordSecret").path("name").asText())
                .path("stringData").path("username").asText()).isEqualTo(r.path("name").asText()));
    }

    @Test
    void every_topic_of_the_local_suite_is_a_replicated_kafka_topic() {
        String kafka = Manifests.ofKind("Kafka").get(0).name();
        for (String topic : Repo.suiteTopics()) {
            JsonNode t = Manifests.get("KafkaTopic", topic).tree();
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(kafka);
            assertThat(t.path("spec").path("partitions").asInt()).as(topic + " partitions").isEqualTo(3);
            assertThat(t.path("spec").path("replicas").asInt()).as(topic + " replicas").isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).as(topic + " min ISR").isEqualTo(2);
        }
        for (String topic : Repo.compactedTopics()) {
            assertThat(Manifests.get("KafkaTopic", topic).tree().path("spec").path("config").path("cleanup.policy").asText())
                    .isEqualTo("compact");
        }
    }

    @Test
    void every_dead_letter_topic_a_consumer_writes_to_exists_because_brokers_create_none() {
        JsonNode kafka = Manifests.ofKind("Kafka").get(0).tree();
        assertThat(kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        Set<String> dlqs = new TreeSet<>();
        SERVICES.forEach(app -> dlqs.addAll(AppConfig.of(app).deadLetterTopics()));
        assertThat(dlqs).isNotEmpty();
        for (String dlq : dlqs) {
            JsonNode t = Manifests.get("KafkaTopic", dlq).tree();
            assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo(Manifests.ofKind("Kafka").get(0).name());
        }
    }

    @Test
    void kafka_runs_in_kraft_mode_on_three_nodes_and_the_services_find_its_bootstrap_service() {
        List<Manifests.Manifest> clusters = Manifests.ofKind("Kafka");
        assertThat(clusters).hasSize(1);
        String name = clusters.get(0).name();
        JsonNode pool = Manifests.ofKind("KafkaNodePool").get(0).tree();
        assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(name);
        assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(pool.path("spec").path("roles").toString()).contains("controller", "broker");
        assertThat(clusters.get(0).tree().path("spec").path("kafka").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        for (String app : SERVICES) {
            assertThat(envValue(app, "KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(name + "-kafka-bootstrap:9092");
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void each_service_has_its_own_database_and_role_in_the_postgres_cluster(String app) {
        AppConfig config = AppConfig.of(app);
        Manifests.Manifest cluster = Manifests.ofKind("Cluster").get(0);
        JsonNode spec = cluster.tree().path("spec");
        assertThat(spec.path("instances").asInt()).isEqualTo(3);
        assertThat(spec.path("imageName").asText()).endsWith(":" + Repo.localPostgresMajor());
        assertThat(envValue(app, "QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://" + cluster.name() + "-rw:5432/" + config.database());

        JsonNode database = Manifests.ofKind("Database").stream().map(Manifests.Manifest::tree)
                .filter(d -> d.path("spec").path("name").asText().equals(config.database())).findFirst()
                .orElseThrow(() -> new AssertionError("no Database resource for " + config.database()));
        assertThat(database.path("spec").path("cluster").path("name").asText()).isEqualTo(cluster.name());
        String owner = database.path("spec").path("owner").asText();
        JsonNode role = null;
        for (JsonNode r : spec.path("managed").path("roles")) {
            if (r.path("name").asText().equals(owner)) {
                role = r;
            }
        }
        assertThat(role).as("managed role " + owner).isNotNull();
        assertThat(role.path("login").asBoolean()).isTrue();
        String secret = role.path("passwordSecret").path("name").asText();
        for (EnvVar e : container(app).getEnv()) {
            if (e.getName().startsWith("QUARKUS_DATASOURCE_")) {
                assertThat(e.getValueFrom().getSecretKeyRef().getName()).as(app + " logs in as the database's owner").isEqualTo(secret);
            }
        }
    }

    @Test
    void keycloak_issues_tokens_for_the_public_host_and_the_applications_fetch_keys_inside_the_cluster() {
        Manifests.Manifest keycloak = Manifests.ofKind("Keycloak").get(0);
        JsonNode hostname = keycloak.tree().path("spec").path("hostname");
        assertThat(hostname.path("hostname").asText()).startsWith("https://");
        assertThat(hostname.path("backchannelDynamic").asBoolean()).isTrue();
        String internal = "http://" + keycloak.name() + "-service:8080/realms/kelisim";
        for (String app : APPS) {
            assertThat(envValue(app, "QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo(internal);
        }
        String publicHost = hostname.path("hostname").asText().substring("https://".length());
        Ingress ingress = Manifests.ofKind("Ingress").get(0).as(Ingress.class);
        assertThat(ingress.getSpec().getRules()).anyMatch(r -> r.getHost().equals(publicHost)
                && r.getHttp().getPaths().get(0).getBackend().getService().getName().equals(keycloak.name() + "-service"));
        JsonNode realmImport = Manifests.ofKind("KeycloakRealmImport").get(0).tree();
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(keycloak.name());
    }

    @Test
    void the_realm_import_is_the_local_realm_without_its_local_only_parts() throws Exception {
        JsonNode actual = Manifests.get("KeycloakRealmImport", "kelisim-realm").tree().path("spec").path("realm");
        JsonNode expected = RealmImport.expectedRealm();
        if (!expected.equals(actual)) {
            var out = Repo.path("deploy/verify/target/realm-import.yaml");
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, RealmImport.render());
        }
        assertThat(actual).as("spec.realm of " + RealmImport.FILE + " follows deploy/keycloak/kelisim-realm.json; "
                + "copy deploy/verify/target/realm-import.yaml over it").isEqualTo(expected);
        assertThat(actual.has("users")).isFalse();
        assertThat(actual.toString()).doesNotContain("kelisim-cli");
        actual.path("clients").forEach(c -> assertThat(c.path("secret").asText("${none}"))
                .as("client " + c.path("clientId").asText() + " secret comes from a Secret").matches("\\$\\{[A-Z_]+}"));
        // A client added to the local realm for demos or tests must be named so, or it would reach real deployments.
        actual.path("clients").forEach(c -> assertThat(c.path("description").asText() + " " + c.path("name").asText())
                .as("client " + c.path("clientId").asText() + " of the Kubernetes realm")
                .doesNotContainPattern("(?i)local|demo|tests? only|never .*production"));
    }

    @Test
    void the_portal_is_reachable_from_outside_and_sends_logins_back_to_its_own_host() {
        Ingress ingress = Manifests.ofKind("Ingress").get(0).as(Ingress.class);
        String portalHost = RealmImport.PORTAL_URL.substring("https://".length());
        assertThat(ingress.getSpec().getRules()).anyMatch(r -> r.getHost().equals(portalHost)
                && r.getHttp().getPaths().get(0).getBackend().getService().getName().equals("portal")
                && r.getHttp().getPaths().get(0).getBackend().getService().getPort().getNumber() == AppConfig.of("portal").httpPort());
        assertThat(envValue("portal", "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING")).isEqualTo("true");
        for (String app : SERVICES) {
            String prefix = app.substring(0, app.indexOf('-')).toUpperCase();
            assertThat(envValue("portal", "KELISIM_" + prefix + "_URL")).isEqualTo("http://" + app + ":" + AppConfig.of(app).httpPort());
        }
    }

    private static boolean egressTo(NetworkPolicy policy, String label, String value, int port) {
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            boolean portMatches = rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port);
            boolean peerMatches = rule.getTo().stream().anyMatch(p -> p.getPodSelector() != null
                    && value.equals(p.getPodSelector().getMatchLabels().get(label)));
            if (portMatches && peerMatches) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void each_service_may_reach_postgres_kafka_and_keycloak(String app) {
        NetworkPolicy policy = Manifests.typed("NetworkPolicy", app, NetworkPolicy.class);
        assertThat(egressTo(policy, "cnpg.io/cluster", Manifests.ofKind("Cluster").get(0).name(), 5432)).as("PostgreSQL").isTrue();
        assertThat(egressTo(policy, "strimzi.io/cluster", Manifests.ofKind("Kafka").get(0).name(), 9092)).as("Kafka").isTrue();
        assertThat(egressTo(policy, "app.kubernetes.io/instance", Manifests.ofKind("Keycloak").get(0).name(), 8080)).as("Keycloak").isTrue();
    }

    @Test
    void the_portal_may_reach_every_service_and_keycloak_but_no_database_or_broker() {
        NetworkPolicy policy = Manifests.typed("NetworkPolicy", "portal", NetworkPolicy.class);
        for (String app : SERVICES) {
            assertThat(egressTo(policy, "app.kubernetes.io/name", app, AppConfig.of(app).httpPort())).as("portal to " + app).isTrue();
        }
        assertThat(egressTo(policy, "app.kubernetes.io/instance", Manifests.ofKind("Keycloak").get(0).name(), 8080)).isTrue();
        assertThat(egressTo(policy, "cnpg.io/cluster", Manifests.ofKind("Cluster").get(0).name(), 5432)).isFalse();
        assertThat(egressTo(policy, "strimzi.io/cluster", Manifests.ofKind("Kafka").get(0).name(), 9092)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void only_the_portal_the_ingress_controller_and_monitoring_may_connect_in(String app) {
        NetworkPolicy policy = Manifests.typed("NetworkPolicy", app, NetworkPolicy.class);
        assertThat(policy.getSpec().getIngress()).isNotEmpty();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getFrom()).isNotEmpty();
            assertThat(rule.getPorts()).allMatch(p -> p.getPort().getIntVal() == AppConfig.of(app).httpPort());
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).isNull();
                if (peer.getNamespaceSelector() != null) {
                    assertThat(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                            .isIn("ingress-nginx", "monitoring");
                } else {
                    assertThat(app).as("only services accept calls from other pods").isNotEqualTo("portal");
                    assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "portal");
                }
            }
        }
    }

    @Test
    void the_calendar_is_not_shipped_as_configuration_because_the_code_reads_none() {
        // The calendar ships in libs/calendar and is updated through consent-service's admin API and
        // the compacted calendar-years topic (docs/decisions/0002-calendar-data.md); no ConfigMap holds it.
        assertThat(Manifests.ofKind("ConfigMap")).noneMatch(m -> m.tree().path("data").toString().contains("kurban"));
        assertThat(Manifests.get("KafkaTopic", "calendar-years").tree().path("spec").path("config").path("cleanup.policy").asText())
                .isEqualTo("compact");
    }

    @Test
    void the_local_overlay_builds_on_base() {
        JsonNode k = Repo.yamlDocuments(Repo.path("deploy/k8s/overlays/local/kustomization.yaml")).get(0);
        assertThat(k.path("resources").toString()).contains("../../base", "secrets-example.yaml");
    }
}

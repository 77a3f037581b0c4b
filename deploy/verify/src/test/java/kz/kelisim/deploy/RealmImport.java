package kz.kelisim.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;

/**
 * The Kubernetes realm import derived from deploy/keycloak/kelisim-realm.json, the one realm file:
 * the same realm without what exists only for local demos and tests, and with the portal's secret
 * and addresses of a real deployment.
 */
final class RealmImport {

    static final String FILE = "deploy/k8s/base/keycloak/realm-import.yaml";
    /** The password-grant client of local demos and tests; it must not exist in a real deployment. */
    static final String LOCAL_CLI_CLIENT = "kelisim-cli";
    /** Demo operators (clients and groups) and test probes are named with these prefixes. */
    static final List<String> LOCAL_ONLY_PREFIXES = List.of("demo-", "probe-");
    static final String PORTAL_URL = "https://kelisim.example.kz";
    static final String PORTAL_SECRET_PLACEHOLDER = "PORTAL_CLIENT_SECRET";

    private static final String HEADER = """
            # The kelisim realm for Kubernetes, imported once by the Keycloak Operator. GENERATED from
            # deploy/keycloak/kelisim-realm.json (the one realm file) by deploy/verify: its test fails when
            # the two differ and writes the up-to-date file to deploy/verify/target/realm-import.yaml.
            # Differences from the local realm, on purpose:
            #   - no users: the demo people and the demo machine clients' service accounts stay local;
            #   - no client kelisim-cli (password grant, local only), no demo-* operator clients and groups
            #     and no probe-* test clients: real operators' clients and groups are registered by an
            #     administrator;
            #   - the portal client's secret comes from the Secret kelisim-portal (key client-secret)
            #     through the import's placeholder, and its URLs are the public portal address, which an
            #     overlay replaces (see overlays/local).
            # The operator never updates a realm that already exists: change a running realm through the
            # admin console or API, and keep this file for new installations.
            """;

    private RealmImport() {
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new IllegalStateException("the realm has no client " + clientId);
    }

    /** The realm as the Kubernetes import must hold it. */
    static ObjectNode expectedRealm() {
        ObjectNode realm = (ObjectNode) Repo.readJson("deploy/keycloak/kelisim-realm.json").deepCopy();
        realm.remove("users");
        ArrayNode groups = realm.putArray("groups");
        Repo.readJson("deploy/keycloak/kelisim-realm.json").path("groups").forEach(g -> {
            if (!isLocalOnly(g.path("name").asText())) {
                groups.add(g);
            }
        });
        ArrayNode clients = Repo.JSON.createArrayNode();
        realm.path("clients").forEach(c -> {
            String id = c.path("clientId").asText();
            if (!id.equals(LOCAL_CLI_CLIENT) && !isLocalOnly(id)) {
                clients.add(c);
            }
        });
        realm.set("clients", clients);
        ObjectNode portal = (ObjectNode) client(realm, "portal");
        portal.put("secret", "${" + PORTAL_SECRET_PLACEHOLDER + "}");
        portal.put("baseUrl", PORTAL_URL + "/");
        portal.putArray("redirectUris").add(PORTAL_URL + "/*");
        return realm;
    }

    /** The whole file: header, then the KeycloakRealmImport with its placeholder. */
    static String render() throws Exception {
        ObjectNode doc = Repo.JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "kelisim-realm");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", "kelisim-keycloak");
        spec.putObject("placeholders").putObject(PORTAL_SECRET_PLACEHOLDER).putObject("secret")
                .put("name", "kelisim-portal").put("key", "client-secret");
        spec.set("realm", expectedRealm());
        YAMLMapper mapper = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                // Keep "980840001237" and "true" strings: the realm's attributes are strings.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build();
        return HEADER + mapper.writeValueAsString(doc);
    }

    static boolean isLocalOnly(String name) {
        return LOCAL_ONLY_PREFIXES.stream().anyMatch(name::startsWith);
    }
}

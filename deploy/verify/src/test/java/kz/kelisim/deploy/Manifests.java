package kz.kelisim.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every Kubernetes manifest under deploy/k8s, each document loaded with the fabric8 model: built-in
 * kinds as their typed classes, the operators' custom resources as generic resources.
 */
final class Manifests {

    /** One document of one file, as a tree and as the fabric8 model loaded it. */
    record Manifest(Path file, JsonNode tree, KubernetesResource resource) {
        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        boolean inBase() {
            return Repo.ROOT.relativize(file).startsWith("deploy/k8s/base");
        }

        @SuppressWarnings("unchecked")
        <T> T as(Class<T> type) {
            return (T) resource;
        }
    }

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static List<Manifest> all;

    private Manifests() {
    }

    static synchronized List<Manifest> all() {
        if (all == null) {
            List<Manifest> loaded = new ArrayList<>();
            for (Path file : Repo.files("deploy/k8s", ".yaml")) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (JsonNode doc : Repo.yamlDocuments(file)) {
                    KubernetesResource resource = SERIALIZATION.unmarshal(doc.toString());
                    loaded.add(new Manifest(file, doc, resource));
                }
            }
            all = List.copyOf(loaded);
        }
        return all;
    }

    static List<Manifest> base() {
        return all().stream().filter(Manifest::inBase).toList();
    }

    static List<Manifest> ofKind(String kind) {
        return base().stream().filter(m -> m.kind().equals(kind)).toList();
    }

    static Optional<Manifest> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    static Manifest get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("deploy/k8s/base has no " + kind + " " + name));
    }

    static <T extends HasMetadata> T typed(String kind, String name, Class<T> type) {
        return get(kind, name).as(type);
    }

    static boolean isGeneric(Manifest m) {
        return m.resource() instanceof GenericKubernetesResource;
    }
}

package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each module's Dockerfile.jvm packages the Quarkus fast-jar on a Java 17 runtime, as a non-root
 * user, exposing the module's own HTTP port.
 */
class DockerfileTest {

    static final List<String> APPS = Repo.APPS;
    private static final List<String> BASES = List.of(
            "registry.access.redhat.com/ubi9/openjdk-17-runtime:", "eclipse-temurin:17-jre");

    private static List<String> instructions(String app) {
        return Arrays.stream(Repo.read(app + "/src/main/docker/Dockerfile.jvm").split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void image_starts_from_a_java_17_runtime(String app) {
        List<String> from = instructions(app).stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(1);
        assertThat(BASES).anyMatch(base -> from.get(0).substring(5).startsWith(base));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void image_holds_the_whole_quarkus_app_folder(String app) {
        List<String> copies = instructions(app).stream().filter(l -> l.startsWith("COPY ")).toList();
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertThat(copies).as("copies " + part).anyMatch(c -> c.contains(" " + part + " "));
        }
        assertThat(String.join("\n", instructions(app))).contains("quarkus-run.jar");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void image_runs_as_a_user_other_than_root(String app) {
        List<String> users = instructions(app).stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        String last = users.get(users.size() - 1).substring(5).strip();
        assertThat(last).isNotIn("0", "root", "0:0");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void image_exposes_the_modules_http_port(String app) {
        assertThat(instructions(app)).contains("EXPOSE " + AppConfig.of(app).httpPort());
    }
}

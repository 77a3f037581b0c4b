package kz.kelisim.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository's files as the deploy checks read them: paths, text, YAML documents and the facts
 * that the local scripts state once (topics, versions).
 */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("kelisim.root", "../..")).toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    /** The applications that are deployed, each a Maven module at the top level. */
    static final List<String> APPS = List.of("consent-service", "objection-service", "notification-service", "portal");

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a YAML file (a file may start with a comment-only document). */
    static List<JsonNode> yamlDocuments(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + ROOT.relativize(file), e);
        }
    }

    static List<Path> files(String relativeDir, String suffix) {
        try (Stream<Path> walk = Files.walk(path(relativeDir))) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite's topics as deploy/local/kafka.sh creates them (SUITE_TOPICS=(...)). */
    static List<String> suiteTopics() {
        Matcher m = Pattern.compile("(?m)^SUITE_TOPICS=\\(([^)]*)\\)").matcher(read("deploy/local/kafka.sh"));
        if (!m.find()) {
            throw new IllegalStateException("deploy/local/kafka.sh no longer declares SUITE_TOPICS=(...)");
        }
        return List.of(m.group(1).trim().split("\\s+"));
    }

    /** The topics deploy/local/kafka.sh creates compacted ([ "$topic" = NAME ] && extra=(--config cleanup.policy=compact)). */
    static List<String> compactedTopics() {
        Matcher m = Pattern.compile("\"\\$topic\" = ([a-z0-9.-]+) \\] && extra=\\(--config cleanup.policy=compact\\)")
                .matcher(read("deploy/local/kafka.sh"));
        List<String> topics = new ArrayList<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("deploy/local/kafka.sh no longer marks a compacted topic the way these checks read");
        }
        return topics;
    }

    /** A version pinned in deploy/local/env.sh (export NAME=VALUE). */
    static String localVersion(String name) {
        Matcher m = Pattern.compile("(?m)^export " + name + "=([0-9.]+)$").matcher(read("deploy/local/env.sh"));
        if (!m.find()) {
            throw new IllegalStateException("deploy/local/env.sh no longer pins " + name);
        }
        return m.group(1);
    }

    /** The PostgreSQL major version deploy/local/postgres.sh runs (PG_BIN=.../postgresql/NN/bin). */
    static String localPostgresMajor() {
        Matcher m = Pattern.compile("/usr/lib/postgresql/(\\d+)/bin").matcher(read("deploy/local/postgres.sh"));
        if (!m.find()) {
            throw new IllegalStateException("deploy/local/postgres.sh no longer names its PostgreSQL version");
        }
        return m.group(1);
    }
}

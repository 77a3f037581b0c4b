package kz.kelisim.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one application reads and what a deployment must therefore give it, derived from the code:
 * its application.properties, the service kit's shared defaults when it uses the kit, the
 * {@code @ConfigProperty} names in its sources, and the environment deploy/local/services.sh sets.
 *
 * <p>A variable is required when it overrides a setting whose built-in value points at this machine
 * (127.0.0.1 or localhost), when the setting's comment says to override it in every real deployment
 * (or that every real deployment must set it), or when the local scripts set it for a setting the
 * application reads.
 */
record AppConfig(String name, int httpPort, Map<String, String> properties, Set<String> knownKeys,
                 Set<String> requiredEnv, List<String> deadLetterTopics, String database) {

    private static final String SHARED_DEFAULTS = "libs/service-kit/src/main/resources/META-INF/microprofile-config.properties";
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("127\\.0\\.0\\.1|localhost");
    /** Comments say "override in every real deployment" or "every real deployment must set ...". */
    private static final String OVERRIDE_MARK = "every real deployment";

    static AppConfig of(String app) {
        boolean usesKit = Repo.read(app + "/pom.xml").contains("<artifactId>kelisim-service-kit</artifactId>");
        Map<String, String> props = new LinkedHashMap<>();
        Set<String> mustOverride = new TreeSet<>();
        if (usesKit) {
            readProperties(SHARED_DEFAULTS, props, mustOverride);
        }
        readProperties(app + "/src/main/resources/application.properties", props, mustOverride);
        String name = props.get("quarkus.application.name");

        Set<String> known = new TreeSet<>(props.keySet());
        List<Path> sources = new ArrayList<>(javaSources(app));
        if (usesKit) {
            sources.addAll(javaSources("libs/service-kit"));
        }
        for (Path source : sources) {
            Matcher m = CONFIG_PROPERTY.matcher(Repo.read(source));
            while (m.find()) {
                known.add(m.group(1));
                if (m.group(2) != null && LOCAL_ADDRESS.matcher(m.group(2)).find()) {
                    mustOverride.add(m.group(1));
                }
            }
        }
        props.forEach((key, value) -> {
            if (LOCAL_ADDRESS.matcher(value).find()) {
                mustOverride.add(key);
            }
        });

        Set<String> knownEnv = new TreeSet<>();
        known.forEach(k -> knownEnv.add(envName(k)));
        Set<String> required = new TreeSet<>();
        mustOverride.forEach(k -> required.add(envName(k)));
        for (String variable : localScriptEnv(app)) {
            if (knownEnv.contains(variable)) {
                required.add(variable);
            }
        }

        List<String> dlqs = new ArrayList<>();
        props.forEach((key, value) -> {
            if (key.endsWith(".dead-letter-queue.topic")) {
                dlqs.add(value.replace("${quarkus.application.name}", name));
            }
        });
        String jdbc = props.get("quarkus.datasource.jdbc.url");
        String database = jdbc == null ? null : jdbc.substring(jdbc.lastIndexOf('/') + 1);
        return new AppConfig(app, Integer.parseInt(props.get("quarkus.http.port")), props, known, required, dlqs, database);
    }

    boolean isService() {
        return database != null;
    }

    /** The environment variable that overrides a property (MicroProfile Config: upper case, '_' for the rest). */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** True when the variable overrides a setting this application reads. */
    boolean reads(String variable) {
        return knownKeys.stream().anyMatch(k -> envName(k).equals(variable));
    }

    /** Properties of a file without profile-specific lines; a key commented "override in every real deployment" is noted. */
    private static void readProperties(String file, Map<String, String> into, Set<String> mustOverride) {
        boolean marked = false;
        for (String raw : Repo.read(file).split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                marked |= line.contains(OVERRIDE_MARK);
                continue;
            }
            if (line.isEmpty() || line.startsWith("%")) {
                marked = false;
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            into.put(key, line.substring(eq + 1).strip());
            if (marked) {
                mustOverride.add(key);
            }
            marked = false;
        }
    }

    private static List<Path> javaSources(String module) {
        Path dir = Repo.path(module + "/src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The variables deploy/local/services.sh gives this application: app_env() prints the common
     * ones, then the portal's or the services' in an if/else on the name.
     */
    static List<String> localScriptEnv(String app) {
        String script = Repo.read("deploy/local/services.sh");
        int start = script.indexOf("app_env() {");
        int end = script.indexOf("\n}\n", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("deploy/local/services.sh no longer has app_env()");
        }
        String body = script.substring(start, end);
        int ifAt = body.indexOf("if [[ $name == portal ]]; then");
        int elseAt = body.indexOf("\n  else\n", ifAt);
        int fiAt = body.indexOf("\n  fi", elseAt);
        if (ifAt < 0 || elseAt < 0 || fiAt < 0) {
            throw new IllegalStateException("app_env() in deploy/local/services.sh no longer splits portal and services as expected");
        }
        List<String> vars = new ArrayList<>(echoed(body.substring(0, ifAt)));
        vars.addAll(echoed(app.equals("portal") ? body.substring(ifAt, elseAt) : body.substring(elseAt, fiAt)));
        return vars;
    }

    private static List<String> echoed(String shell) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("echo \"([A-Z0-9_]+)=").matcher(shell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}

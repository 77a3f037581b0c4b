package kz.kelisim.system.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local suite the fault tests break and repair: its ports (the test profile of deploy/local,
 * each overridable by the variable the scripts read), its state folder and PID files, and the
 * deploy/local scripts that stop and start its parts.
 */
public final class Stack {

    static final String HOST = "127.0.0.1";
    /** Instance 2, 3, ... of an application listens 100 ports above instance 1 (deploy/local/services.sh). */
    static final int INSTANCE_PORT_STEP = 100;

    public static final String CONSENT = "consent-service";
    static final String OBJECTION = "objection-service";
    static final String NOTIFICATION = "notification-service";
    static final List<String> SERVICES = List.of(CONSENT, OBJECTION, NOTIFICATION);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Stack() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(env(variable, Integer.toString(fallback)));
    }

    static int pgPort() {
        return port("PG_PORT", 15432);
    }

    static int kafkaPort() {
        return port("KAFKA_PORT", 19092);
    }

    static String kafkaBootstrap() {
        return HOST + ":" + kafkaPort();
    }

    static String keycloak() {
        return "http://" + HOST + ":" + port("KC_PORT", 18180);
    }

    static String mailApi() {
        return "http://" + HOST + ":" + port("MAIL_WEB_PORT", 18025) + "/api";
    }

    static int basePort(String service) {
        return switch (service) {
            case CONSENT -> port("CONSENT_PORT", 18081);
            case OBJECTION -> port("OBJECTION_PORT", 18082);
            case NOTIFICATION -> port("NOTIFICATION_PORT", 18083);
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** The base URL of one instance (1 or 2) of a service. */
    public static String url(String service, int instance) {
        return "http://" + HOST + ":" + (basePort(service) + (instance - 1) * INSTANCE_PORT_STEP);
    }

    static String url(String service) {
        return url(service, 1);
    }

    /**
     * How often the services scan for due deadlines: kelisim.deadlines.scan-interval, set through the
     * environment the services inherit (KELISIM_DEADLINES_SCAN_INTERVAL), 5 s by default (DeadlineScanner).
     */
    static Duration deadlineScanInterval() {
        return quarkusDuration(env("KELISIM_DEADLINES_SCAN_INTERVAL", "5s"));
    }

    /** A duration as Quarkus reads one: "PT5S", "500ms", "5s", "2m" or a bare number of seconds. */
    static Duration quarkusDuration(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("pt")) {
            return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        if (v.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(v));
    }

    static String jdbc(String database) {
        return "jdbc:postgresql://" + HOST + ":" + pgPort() + "/" + database;
    }

    /** The repository root: system-tests runs from its module folder. */
    static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local/services.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("deploy/local/services.sh not found above " + dir);
    }

    static String profile() {
        return env("KELISIM_PROFILE", "test");
    }

    public static Path state() {
        return Path.of(env("KELISIM_STATE", root().resolve(".kelisim").resolve(profile()).toString()));
    }

    static Path dist() {
        return Path.of(env("KELISIM_DIST", root().resolve(".kelisim/dist").toString()));
    }

    /** True when the readiness check of one instance answers 200. */
    static boolean ready(String service, int instance) {
        return status(url(service, instance) + "/q/health/ready") == 200;
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** True when something accepts connections on the port. */
    static boolean portOpen(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(HOST, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when an instance of the application has a PID file whose process is alive. */
    static boolean running(String service, int instance) {
        try {
            return ProcessHandle.of(pidOf(service, instance)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The PID of a running application instance from its PID file, checked against its command line. */
    static long pidOf(String service, int instance) throws IOException {
        String name = instance == 1 ? service : service + "-" + instance;
        Path file = state().resolve("pids").resolve(name + ".pid");
        long pid = Long.parseLong(Files.readString(file).trim());
        String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
        if (!cmdline.contains(service + "/target/quarkus-app/quarkus-run.jar")) {
            throw new IllegalStateException("PID " + pid + " from " + file + " is not " + service + ": " + cmdline);
        }
        return pid;
    }

    /** SIGKILL to exactly one recorded process: no shutdown hook runs, nothing is flushed. */
    static void kill9(long pid) throws InterruptedException {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Runs a deploy/local script with the test profile's settings and fails on a non-zero exit. */
    static void script(String script, String... args) {
        script(Map.of(), script, args);
    }

    public static void script(Map<String, String> extraEnv, String script, String... args) {
        int rc = tryScript(extraEnv, script, args);
        if (rc != 0) {
            throw new IllegalStateException("deploy/local/" + script + " " + String.join(" ", args) + " exited with " + rc
                    + "; see system-tests/target/fault-scripts.log and " + state().resolve("logs"));
        }
    }

    /** Runs a deploy/local script and returns its exit status; its output goes to target/fault-scripts.log. */
    public static int tryScript(Map<String, String> extraEnv, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(root().resolve("deploy/local").resolve(script).toString());
        command.addAll(List.of(args));
        Path log = Path.of(System.getProperty("user.dir"), "target", "fault-scripts.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n$ " + String.join(" ", extraEnv.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                    + " deploy/local/" + script + " " + String.join(" ", args) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + log, e);
        }
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The scripts default to the 'run' profile; these tests only ever touch the test profile's suite.
        builder.environment().putIfAbsent("KELISIM_PROFILE", "test");
        builder.environment().putAll(extraEnv);
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run deploy/local/" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Starts a component again, retrying a few times: a port in the ephemeral range may be held for
     * a moment by a client socket in TIME_WAIT right after the component stopped.
     */
    static void restart(Map<String, String> extraEnv, String script, String... args) throws InterruptedException {
        int rc = -1;
        for (int attempt = 1; attempt <= 6 && rc != 0; attempt++) {
            rc = tryScript(extraEnv, script, args);
            if (rc != 0) {
                Thread.sleep(5_000);
            }
        }
        if (rc != 0) {
            throw new IllegalStateException("deploy/local/" + script + " " + String.join(" ", args) + " failed 6 times; see "
                    + state().resolve("logs"));
        }
    }
}

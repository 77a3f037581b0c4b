package kz.kelisim.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's deploy/local scripts in the {@code test} profile, so tests use the same real
 * PostgreSQL and Kafka as the running suite, on their own ports and state.
 */
public final class LocalStack {

    public static final String PROFILE = "test";

    private LocalStack() {
    }

    /** The repository root: the nearest folder above the working directory with deploy/local. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("deploy/local/env.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/env.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Runs deploy/local/&lt;script&gt; with its arguments and fails with its output if it fails. */
    public static String run(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(root().resolve("deploy/local").resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
        builder.environment().putIfAbsent("KELISIM_PROFILE", PROFILE);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command, e);
        }
    }

    public static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port("PG_PORT", 15432) + "/" + database;
    }

    public static String kafkaBootstrap() {
        return "127.0.0.1:" + port("KAFKA_PORT", 19092);
    }
}

package kz.kelisim.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test resource for every service's @QuarkusTest: a real PostgreSQL with a fresh database for the
 * module, and a real Kafka broker. Both are started (or reused) by the deploy/local scripts.
 * Init arg {@code database}: the module's database, dropped and created anew at start.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "kelisim_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalStack.run("postgres.sh", "start");
        LocalStack.run("kafka.sh", "fetch");
        LocalStack.run("kafka.sh", "start");
        LocalStack.run("postgres.sh", "dropdb", database);
        LocalStack.run("postgres.sh", "createdb", database);
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalStack.jdbcUrl(database),
                "kafka.bootstrap.servers", LocalStack.kafkaBootstrap());
    }

    @Override
    public void stop() {
        // The broker and the server are shared by every module's tests and stopped by the test script.
    }
}

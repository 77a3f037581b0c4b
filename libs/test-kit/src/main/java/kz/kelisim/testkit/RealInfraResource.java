package kz.kelisim.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Test resource for every service's @QuarkusTest: a real PostgreSQL with a fresh database for the
 * module, and a real Kafka broker. Both are started (or reused) by the deploy/local scripts.
 * Init arg {@code database}: the module's database, dropped and created anew at start. Init args
 * {@code consumerGroup} and {@code topics} (comma-separated): the module's consumer group starts at the
 * end of those topics, past what other modules' tests left there (see {@link ConsumerBacklog}).
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "kelisim_test";
    private String consumerGroup;
    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        consumerGroup = initArgs.get("consumerGroup");
        if (initArgs.containsKey("topics")) {
            topics = List.of(initArgs.get("topics").split(","));
        }
    }

    @Override
    public Map<String, String> start() {
        LocalStack.run("postgres.sh", "start");
        LocalStack.run("kafka.sh", "fetch");
        LocalStack.run("kafka.sh", "start");
        LocalStack.run("postgres.sh", "dropdb", database);
        LocalStack.run("postgres.sh", "createdb", database);
        if (consumerGroup != null) {
            ConsumerBacklog.skip(consumerGroup, topics);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalStack.jdbcUrl(database),
                "kafka.bootstrap.servers", LocalStack.kafkaBootstrap());
    }

    @Override
    public void stop() {
        // The broker and the server are shared by every module's tests and stopped by the test script.
    }
}

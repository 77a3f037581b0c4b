package kz.kelisim.system.faults;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads and writes the suite's topics with the Kafka client of the broker distribution that
 * deploy/local/kafka.sh runs (the same kafka-clients version as the services), loaded in its own
 * class loader. Reads are by partition, from the beginning up to the end offsets of the moment,
 * with no consumer group, so they never disturb the services' offsets.
 */
final class KafkaBridge implements AutoCloseable {

    /** One record as it is on the broker. */
    record Rec(String topic, int partition, long offset, String key, String value) {
    }

    /** Where a produced record landed. */
    record Landed(int partition, long offset) {
    }

    private static final List<String> JARS = List.of("kafka-clients-", "lz4-java-", "snappy-java-", "zstd-jni-", "slf4j-api-");
    private static volatile URLClassLoader loader;

    private final URLClassLoader classes;

    KafkaBridge() {
        this.classes = loader();
    }

    private static URLClassLoader loader() {
        if (loader == null) {
            synchronized (KafkaBridge.class) {
                if (loader == null) {
                    Path libs = Stack.dist().resolve("kafka/libs");
                    try (Stream<Path> files = Files.list(libs)) {
                        URL[] urls = files.filter(p -> JARS.stream().anyMatch(j -> p.getFileName().toString().startsWith(j)))
                                .map(KafkaBridge::url).toArray(URL[]::new);
                        if (urls.length < 2) {
                            throw new IllegalStateException("kafka-clients not found in " + libs + " (deploy/local/kafka.sh fetch)");
                        }
                        loader = new URLClassLoader("kafka-distribution", urls, ClassLoader.getPlatformClassLoader());
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot list " + libs + "; run deploy/local/kafka.sh fetch", e);
                    }
                }
            }
        }
        return loader;
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Class<?> type(String name) {
        try {
            return Class.forName(name, true, classes);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object call(Object target, String method, Object... args) {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length && accepts(m, args)) {
                try {
                    return m.invoke(target, args);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        }
        throw new IllegalStateException("no method " + method + " on " + target.getClass());
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> t = types[i].isPrimitive() ? box(types[i]) : types[i];
            if (args[i] != null && !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == long.class ? Long.class : primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : Object.class;
    }

    private Object newInstance(String className, Class<?>[] signature, Object... args) {
        try {
            return type(className).getConstructor(signature).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties common() {
        Properties p = new Properties();
        p.put("bootstrap.servers", Stack.kafkaBootstrap());
        p.put("client.id", "kelisim-fault-tests-" + UUID.randomUUID());
        return p;
    }

    /** Every record of the topics, from the beginning to their end offsets now. */
    List<Rec> readAll(String... topics) {
        // The client loads its plug-ins (metrics reporters, deserializers) through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        try {
            return read(topics);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private List<Rec> read(String... topics) {
        Properties p = common();
        p.put("key.deserializer", type("org.apache.kafka.common.serialization.StringDeserializer"));
        p.put("value.deserializer", type("org.apache.kafka.common.serialization.StringDeserializer"));
        p.put("enable.auto.commit", "false");
        p.put("max.poll.records", "2000");
        p.put("fetch.max.bytes", "52428800");
        Object consumer = newInstance("org.apache.kafka.clients.consumer.KafkaConsumer", new Class<?>[] {Properties.class}, p);
        try {
            List<Object> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<?> infos = (List<?>) call(consumer, "partitionsFor", topic, Duration.ofSeconds(30));
                for (Object info : infos) {
                    int partition = (Integer) call(info, "partition");
                    partitions.add(newInstance("org.apache.kafka.common.TopicPartition",
                            new Class<?>[] {String.class, int.class}, topic, partition));
                }
            }
            call(consumer, "assign", partitions);
            call(consumer, "seekToBeginning", partitions);
            Map<?, ?> end = (Map<?, ?>) call(consumer, "endOffsets", partitions, Duration.ofSeconds(30));
            List<Rec> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!reachedEnd(consumer, partitions, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + String.join(",", topics) + " did not reach the end offsets " + end);
                }
                Iterable<?> batch = (Iterable<?>) call(consumer, "poll", Duration.ofMillis(500));
                for (Object r : batch) {
                    records.add(new Rec((String) call(r, "topic"), (Integer) call(r, "partition"), (Long) call(r, "offset"),
                            (String) call(r, "key"), (String) call(r, "value")));
                }
            }
            return records.stream().filter(r -> r.offset() < (Long) end.get(partitionOf(partitions, r))).toList();
        } finally {
            call(consumer, "close", Duration.ofSeconds(5));
        }
    }

    private Object partitionOf(List<Object> partitions, Rec r) {
        for (Object tp : partitions) {
            if (call(tp, "topic").equals(r.topic()) && ((Integer) call(tp, "partition")) == r.partition()) {
                return tp;
            }
        }
        throw new IllegalStateException("record of an unassigned partition " + r);
    }

    private static boolean reachedEnd(Object consumer, Collection<Object> partitions, Map<?, ?> end) {
        for (Object tp : partitions) {
            long position = (Long) call(consumer, "position", tp, Duration.ofSeconds(30));
            if (position < (Long) end.get(tp)) {
                return false;
            }
        }
        return true;
    }

    /** Writes one record (acks=all) and returns where it landed. */
    Landed send(String topic, String key, String value) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        try {
            return write(topic, key, value);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Landed write(String topic, String key, String value) {
        Properties p = common();
        p.put("key.serializer", type("org.apache.kafka.common.serialization.StringSerializer"));
        p.put("value.serializer", type("org.apache.kafka.common.serialization.StringSerializer"));
        p.put("acks", "all");
        Object producer = newInstance("org.apache.kafka.clients.producer.KafkaProducer", new Class<?>[] {Properties.class}, p);
        try {
            Object record = newInstance("org.apache.kafka.clients.producer.ProducerRecord",
                    new Class<?>[] {String.class, Object.class, Object.class}, topic, key, value);
            Future<?> ack = (Future<?>) call(producer, "send", record);
            Object metadata = ack.get(30, TimeUnit.SECONDS);
            return new Landed((Integer) call(metadata, "partition"), (Long) call(metadata, "offset"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        } finally {
            call(producer, "close", Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        // The class loader is shared by every bridge of this test run.
    }
}

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording: where the time goes by area (the first frame
 * outside the JDK decides, so a signature check inside the JDK counts for the library that asked),
 * the share of samples that pass through each area at all, and the hottest methods.
 *
 * <pre>java JfrTop.java recording.jfr</pre>
 */
public class JfrTop {

    /** Package prefixes and the area they belong to; the first match wins. */
    static final String[][] AREAS = {
            {"kz.kelisim.", "Kelisim code"},
            {"org.postgresql.", "PostgreSQL JDBC driver"},
            {"io.agroal.", "connection pool"},
            {"com.arjuna.", "transactions (Narayana)"},
            {"io.quarkus.narayana.", "transactions (Narayana)"},
            {"org.hibernate.", "Hibernate ORM"},
            {"org.jose4j.", "token verification (jose4j, smallrye-jwt, OIDC)"},
            {"io.smallrye.jwt.", "token verification (jose4j, smallrye-jwt, OIDC)"},
            {"io.quarkus.oidc.", "token verification (jose4j, smallrye-jwt, OIDC)"},
            {"io.quarkus.security.", "security (roles, identity)"},
            {"io.quarkus.vertx.http.runtime.security.", "security (roles, identity)"},
            {"com.fasterxml.jackson.", "JSON (Jackson)"},
            {"org.jboss.resteasy.", "REST layer (RESTEasy Reactive)"},
            {"io.quarkus.resteasy.", "REST layer (RESTEasy Reactive)"},
            {"io.netty.", "HTTP server (Vert.x, Netty)"},
            {"io.vertx.", "HTTP server (Vert.x, Netty)"},
            {"org.apache.kafka.", "Kafka client"},
            {"io.quarkus.arc.", "CDI (ArC)"},
            {"org.jboss.logmanager.", "logging"},
            {"org.jboss.logging.", "logging"},
            {"io.micrometer.", "metrics"},
            {"io.quarkus.", "Quarkus (other)"},
            {"io.smallrye.", "SmallRye (other)"},
    };

    public static void main(String[] args) throws Exception {
        Map<String, Integer> selfArea = new HashMap<>();
        Map<String, Integer> throughArea = new HashMap<>();
        Map<String, Integer> topMethods = new HashMap<>();
        Map<String, Integer> ourMethods = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            topMethods.merge(name(frames.get(0)), 1, Integer::sum);
            String self = null;
            Map<String, Boolean> seen = new LinkedHashMap<>();
            String ours = null;
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                String area = area(type);
                if (area != null) {
                    if (self == null) {
                        self = area;
                    }
                    seen.put(area, true);
                }
                if (ours == null && type.startsWith("kz.kelisim.")) {
                    ours = name(f);
                }
            }
            selfArea.merge(self == null ? "JDK only (GC, JIT, threads, I/O)" : self, 1, Integer::sum);
            seen.keySet().forEach(a -> throughArea.merge(a, 1, Integer::sum));
            if (ours != null) {
                ourMethods.merge(ours, 1, Integer::sum);
            }
        }
        System.out.printf("CPU samples: %d (%s)%n%n", samples, Path.of(args[0]).getFileName());
        print("Self time by area (the first non-JDK frame of each sample decides)", selfArea, samples, 20);
        print("Samples passing through each area (inclusive)", throughArea, samples, 20);
        print("Kelisim methods closest to the top of the stack (inclusive)", ourMethods, samples, 12);
        print("Hottest top frames", topMethods, samples, 15);
    }

    static String area(String type) {
        for (String[] a : AREAS) {
            if (type.startsWith(a[0])) {
                return a[1];
            }
        }
        return null;
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println(title + ":");
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (var e : list.subList(0, Math.min(limit, list.size()))) {
            System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getValue(), e.getKey());
        }
        System.out.println();
    }
}

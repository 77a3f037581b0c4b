package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/legal-traceability.md true: every clause the code cites has a row and a test that
 * cites it too, and every test the document names exists.
 */
class LegalTraceabilityTest {

    /** The clause IDs of the law digest this product implements. */
    static final Set<String> CLAUSES = Set.of("PDL-1.2", "PDL-1.2-3", "PDL-7.8", "PDL-7.11", "PDL-7.12", "PDL-8.5",
            "PDL-8.6", "PDL-8.7", "PDL-17.3", "PDL-19-1.1", "PDL-19-1.2", "PDL-19-1.3", "INF-7-2.10-1", "INF-36.6",
            "CPL-27.6", "MML-14.7", "ART-2", "BRN-1", "CC-178..180", "CAL-1", "ID-1");

    private static final Pattern CITATION = Pattern.compile("\\b(PDL|INF|CPL|MML|ART|BRN|CAL|CC|ID)-[0-9](?:[0-9.\\-]*[0-9])?");
    private static final Pattern NAMED_TEST = Pattern.compile("`?\\b([A-Z][A-Za-z0-9]*Test)(?:\\.([a-z][A-Za-z0-9_]*\\*?))?");

    private static String doc;
    private static Map<String, String> testSources;

    @BeforeAll
    static void read() {
        doc = Repo.read("docs/legal-traceability.md");
        testSources = new TreeMap<>();
        for (Path file : javaFiles("src/test/java", true)) {
            testSources.put(file.getFileName().toString().replace(".java", ""), Repo.read(file));
        }
    }

    @Test
    @DisplayName("Every clause cited in the main code has a row in docs/legal-traceability.md")
    void every_cited_clause_is_mapped() {
        Set<String> cited = citations("src/main/java");
        assertThat(cited).as("clauses cited in main code").isNotEmpty();
        Set<String> rows = doc.lines().filter(l -> l.startsWith("| ")).map(l -> l.split("\\|")[1].trim())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("clause rows of docs/legal-traceability.md").containsAll(cited);
    }

    @Test
    @DisplayName("Every clause cited in the main code is also cited by at least one test")
    void every_cited_clause_has_a_test() {
        assertThat(citations("src/test/java")).containsAll(citations("src/main/java"));
    }

    @Test
    @DisplayName("Every test named in docs/legal-traceability.md exists, down to the method")
    void every_named_test_exists() {
        List<String> missing = new ArrayList<>();
        Matcher m = NAMED_TEST.matcher(doc);
        int named = 0;
        while (m.find()) {
            named++;
            String source = testSources.get(m.group(1));
            if (source == null) {
                missing.add(m.group(0));
                continue;
            }
            String method = m.group(2);
            if (method != null && !source.contains(method.endsWith("*") ? method.substring(0, method.length() - 1) : method + "(")) {
                missing.add(m.group(0));
            }
        }
        assertThat(named).as("tests named in the document").isGreaterThan(10);
        assertThat(missing).as("tests named in docs/legal-traceability.md that do not exist").isEmpty();
    }

    private static Set<String> citations(String sourceRoot) {
        Set<String> found = new TreeSet<>();
        // deploy/verify's own sources list the clauses; they cite nothing.
        for (Path file : javaFiles(sourceRoot, false)) {
            Matcher m = CITATION.matcher(Repo.read(file));
            while (m.find()) {
                if (CLAUSES.contains(m.group())) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    /** Java files under every module's given source root, with or without deploy/verify's own. */
    private static List<Path> javaFiles(String sourceRoot, boolean withVerify) {
        try (Stream<Path> walk = Files.walk(Repo.ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> Repo.ROOT.relativize(p).toString().replace('\\', '/').contains(sourceRoot + "/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.kelisim/"))
                    .filter(p -> withVerify || !p.startsWith(Repo.path("deploy/verify")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kz.kelisim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and the Markdown files under docs/ points at a file or folder
 * that exists, so a newcomer following the docs never lands on nothing.
 */
class DocsLinksTest {

    /** Inline links and images: [text](target) or [text](target "title"). */
    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** Reference definitions: [label]: target. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+\"[^\"]*\")?\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

    @Test
    @DisplayName("The documents are found")
    void documents_exist() {
        assertThat(documents()).contains(Repo.path("README.md"), Repo.path("docs/architecture.md"));
    }

    @Test
    @DisplayName("Every relative link in README.md and docs/ points at something that exists")
    void relative_links_resolve() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : documents()) {
            for (String target : relativeLinks(Repo.read(file))) {
                checked++;
                Path resolved = file.getParent().resolve(target).normalize();
                if (!resolved.startsWith(Repo.ROOT)) {
                    broken.add(Repo.ROOT.relativize(file) + " -> " + target + " (outside the repository)");
                } else if (!Files.exists(resolved)) {
                    broken.add(Repo.ROOT.relativize(file) + " -> " + target);
                }
            }
        }
        assertThat(checked).as("relative links checked").isPositive();
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    @DisplayName("The link reader finds inline, image and reference links and ignores code and URLs")
    void link_reader_reads_markdown() {
        String text = """
                See [the notes](decisions/) and ![diagram](architecture.svg "Kelisim").
                [ops]: operations.md#metrics
                Not `[code](missing.md)`, not [web](https://example.kz/x.md), not [top](#modules).
                ```
                [fenced](missing-too.md)
                ```
                """;
        assertThat(relativeLinks(text)).containsExactly("decisions/", "architecture.svg", "operations.md");
    }

    static List<Path> documents() {
        List<Path> files = new ArrayList<>();
        files.add(Repo.path("README.md"));
        files.addAll(Repo.files("docs", ".md"));
        return files;
    }

    /** The relative link targets of a Markdown text, without anchors or queries, outside code. */
    static List<String> relativeLinks(String markdown) {
        String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE, REFERENCE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (SCHEME.matcher(target).find() || target.startsWith("#") || target.startsWith("//")) {
                    continue;
                }
                target = target.replaceAll("[#?].*$", "");
                if (!target.isEmpty()) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }
}

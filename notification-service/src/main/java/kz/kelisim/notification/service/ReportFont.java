package kz.kelisim.notification.service;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The font the daily report PDF is set in: a TrueType font with Cyrillic and the Kazakh letters (ә,
 * ғ, қ, ң, ө, ұ, ү, һ, і), embedded so the report reads the same everywhere.
 */
@ApplicationScoped
public class ReportFont {

    private final List<String> candidates;
    private BaseFont font;

    public ReportFont(@ConfigProperty(name = "kelisim.report.font") List<String> candidates) {
        this.candidates = candidates;
    }

    /** The first configured font file that exists; empty when none does, so the API can say so (503). */
    public synchronized Optional<BaseFont> font() {
        if (font == null) {
            for (String candidate : candidates) {
                if (Files.isReadable(Path.of(candidate))) {
                    try {
                        font = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                        break;
                    } catch (Exception e) {
                        // A broken or unreadable font file: try the next one.
                    }
                }
            }
        }
        return Optional.ofNullable(font);
    }
}

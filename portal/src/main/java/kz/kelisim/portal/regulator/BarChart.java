package kz.kelisim.portal.regulator;

import java.util.List;
import java.util.Map;

/**
 * A small horizontal bar chart drawn as inline SVG on the server, so pages need no script and the
 * content security policy can forbid all of it.
 */
public final class BarChart {

    private static final int ROW = 28;
    private static final int LABEL = 140;
    private static final int WIDTH = 560;

    private BarChart() {
    }

    /** One bar per label, scaled to the largest value, with the value written at its end. */
    public static String svg(String title, Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int height = ROW * Math.max(1, values.size()) + 8;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        int y = 4;
        for (Map.Entry<String, Long> bar : values.entrySet()) {
            long length = max == 0 ? 0 : Math.round((WIDTH - LABEL - 60) * (double) bar.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"14\">").append(escape(bar.getKey())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
                    .append("\" height=\"").append(ROW - 10).append("\" fill=\"#00558c\"/>")
                    .append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"14\">").append(bar.getValue()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Labels in a fixed order, so the chart reads the same on every visit. */
    static List<String> sorted(Map<String, Long> values) {
        return values.keySet().stream().sorted().toList();
    }
}

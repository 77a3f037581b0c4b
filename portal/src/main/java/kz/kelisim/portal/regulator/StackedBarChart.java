package kz.kelisim.portal.regulator;

import java.util.List;

/**
 * Horizontal stacked bars drawn as inline SVG on the server: one bar per row (for example a week),
 * one coloured segment per series (met, met late, breached, open), the total written at its end. The
 * page carries the same numbers in a table, which is what screen readers read.
 */
public final class StackedBarChart {

    /** The series colours: met, met late, breached, open; they match the daily PDF report. */
    static final List<String> COLOURS = List.of("#2e7d32", "#f9a825", "#c62828", "#9e9e9e");
    private static final int ROW = 26;
    private static final int LABEL = 120;
    private static final int WIDTH = 560;

    private StackedBarChart() {
    }

    /** One bar of the chart: its label and one value per series. */
    public record Bar(String label, int... values) {

        int total() {
            int sum = 0;
            for (int v : values) {
                sum += v;
            }
            return sum;
        }
    }

    public static String svg(String title, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
        int height = ROW * Math.max(1, bars.size()) + 8;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" aria-label=\"").append(BarChart.escape(title)).append("\">")
                .append("<title>").append(BarChart.escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">").append(BarChart.escape(bar.label()))
                    .append("</text>");
            double x = LABEL;
            for (int i = 0; i < bar.values().length; i++) {
                double w = max == 0 ? 0 : (WIDTH - LABEL - 50) * (double) bar.values()[i] / max;
                if (w > 0) {
                    svg.append("<rect x=\"").append(Math.round(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                            .append(Math.max(1, Math.round(w))).append("\" height=\"").append(ROW - 10).append("\" fill=\"")
                            .append(COLOURS.get(i % COLOURS.size())).append("\"/>");
                    x += w;
                }
            }
            svg.append("<text x=\"").append(Math.round(x) + 6).append("\" y=\"").append(y + 17).append("\" font-size=\"13\">")
                    .append(bar.total()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }
}

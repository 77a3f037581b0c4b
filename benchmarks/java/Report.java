import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the key=value files the benchmark phases wrote (target/bench/data) into results.json, the
 * SVG charts and the printed summary: each figure beside its goal and its same-run baseline.
 *
 * <pre>java Report.java target/bench</pre>
 */
public class Report {

    final Path out;
    final Map<String, Properties> data = new TreeMap<>();
    final List<Map<String, Object>> figures = new ArrayList<>();

    Report(Path out) throws IOException {
        this.out = out;
        try (Stream<Path> files = Files.list(out.resolve("data"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties props = new Properties();
                try (Reader r = Files.newBufferedReader(p)) {
                    props.load(r);
                }
                data.put(p.getFileName().toString().replace(".properties", ""), props);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Report r = new Report(Path.of(args.length > 0 ? args[0] : "target/bench"));
        r.b1();
        r.b2();
        r.b3();
        r.b4();
        r.b5();
        r.writeJson();
        r.charts();
        r.printSummary();
    }

    // ---------------------------------------------------------------- figures

    Double num(String file, String key) {
        Properties p = data.get(file);
        if (p == null || p.getProperty(key) == null || p.getProperty(key).isBlank()) {
            return null;
        }
        String v = p.getProperty(key).trim();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return interval(v);
        }
    }

    /** A PostgreSQL interval such as 00:00:07.123456 in seconds, or null. */
    static Double interval(String v) {
        String[] hms = v.split(":");
        if (hms.length != 3) {
            return null;
        }
        return Integer.parseInt(hms[0]) * 3600 + Integer.parseInt(hms[1]) * 60 + Double.parseDouble(hms[2]);
    }

    static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    static Double ms(Double us) {
        return us == null ? null : us / 1000.0;
    }

    /** One row of the figures table. {@code met}: true, false, or null when the figure has no goal or no value. */
    void figure(String id, String what, Double measured, String unit, String goal, Boolean met, String baseline, Double ratio, String note) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("figure", what);
        f.put("measured", measured);
        f.put("unit", unit);
        f.put("goal", goal);
        f.put("met", measured == null ? null : met);
        f.put("baseline", baseline);
        f.put("ratio", ratio);
        f.put("note", note);
        figures.add(f);
    }

    static Boolean atLeast(Double v, double goal) {
        return v == null ? null : v >= goal;
    }

    static Boolean below(Double v, double goal) {
        return v == null ? null : v < goal;
    }

    List<String> concurrencies() {
        java.util.Set<String> cs = new java.util.TreeSet<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        for (String k : data.keySet()) {
            if (k.startsWith("b1-check-c")) {
                cs.add(k.substring("b1-check-c".length()).replaceAll("-r\\d+$", ""));
            }
        }
        return new ArrayList<>(cs);
    }

    /** The files of one measurement: NAME itself, or its repeats NAME-r1, NAME-r2... */
    List<String> repeats(String name) {
        List<String> files = new ArrayList<>();
        for (String k : data.keySet()) {
            if (k.equals(name) || k.matches(java.util.regex.Pattern.quote(name) + "-r\\d+")) {
                files.add(k);
            }
        }
        return files;
    }

    /** The median of KEY over the repeats of NAME. */
    Double med(String name, String key) {
        List<Double> v = new ArrayList<>();
        for (String f : repeats(name)) {
            Double x = num(f, key);
            if (x != null) {
                v.add(x);
            }
        }
        return median(v);
    }

    /** The median over the repeats of the ratio A/B, each repeat's A against the same repeat's B. */
    Double medRatio(String a, String b, String key) {
        List<Double> v = new ArrayList<>();
        for (String f : repeats(a)) {
            String other = b + f.substring(a.length());
            Double r = ratio(num(f, key), num(other, key));
            if (r != null) {
                v.add(r);
            }
        }
        return median(v);
    }

    static Double median(List<Double> v) {
        if (v.isEmpty()) {
            return null;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    List<String> rates(String prefix) {
        List<String> rs = new ArrayList<>();
        for (String k : data.keySet()) {
            if (k.startsWith(prefix)) {
                rs.add(k.substring(prefix.length()));
            }
        }
        rs.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        return rs;
    }

    void b1() {
        if (!data.containsKey("b1")) {
            return;
        }
        Double best = null;
        for (String c : concurrencies()) {
            String ck = "b1-check-c" + c, wh = "b1-whoami-c" + c, pb = "b1-pgbench-c" + c;
            Double check = med(ck, "throughput");
            Double whoami = med(wh, "throughput");
            Double pg = med(pb, "throughput");
            Double rA = medRatio(ck, wh, "throughput");
            Double rB = medRatio(ck, pb, "throughput");
            int n = repeats(ck).size();
            best = check == null ? best : best == null ? check : Math.max(best, check);
            String load = "load " + fmt(med(ck, "load1")) + "; median of " + n + " run" + (n == 1 ? "" : "s");
            figure("B1", "consent checks/s at c" + c, check, "req/s", ">= 5000/s", atLeast(check, 5000),
                    "A: whoami " + fmt(whoami) + "/s", rA,
                    "p50 " + fmt(ms(med(ck, "p50_us"))) + " ms, p99 " + fmt(ms(med(ck, "p99_us")))
                            + " ms, p99.9 " + fmt(ms(med(ck, "p999_us"))) + " ms, errors "
                            + str(med(ck, "errors")) + "; " + load);
            figure("B1", "check / baseline A (whoami) at c" + c, rA, "ratio", ">= 0.6",
                    atLeast(rA, 0.6), "A: whoami " + fmt(whoami) + "/s", rA,
                    "whoami p50 " + fmt(ms(med(wh, "p50_us"))) + " ms, p99 " + fmt(ms(med(wh, "p99_us"))) + " ms");
            figure("B1", "check / baseline B (pgbench -S) at c" + c, rB, "ratio", null, null,
                    "B: pgbench -S " + fmt(pg) + " tps", rB,
                    "pgbench mean latency " + fmt(ms(med(pb, "mean_us"))) + " ms");
        }
        for (String r : rates("b1-rate-")) {
            Double p99 = ms(num("b1-rate-" + r, "p99_us"));
            boolean isGoalRate = r.equals("2000");
            figure("B1", "check p99 at a fixed " + r + "/s", p99, "ms", isGoalRate ? "< 25 ms at 2000/s" : null,
                    isGoalRate ? below(p99, 25) : null, null, null,
                    "achieved " + fmt(num("b1-rate-" + r, "throughput")) + "/s, p50 " + fmt(ms(num("b1-rate-" + r, "p50_us")))
                            + " ms, p99.9 " + fmt(ms(num("b1-rate-" + r, "p999_us"))) + " ms, errors "
                            + str(num("b1-rate-" + r, "errors")) + "; load " + str(num("b1-rate-" + r, "load1")));
        }
        figure("B1", "best consent checks/s", best, "req/s", ">= 5000/s", atLeast(best, 5000), null, null,
                str(num("b1", "consents")) + " consents loaded");
    }

    void b2() {
        for (String rate : rates("b2-")) {
            String f = "b2-" + rate;
            Double notice = ms(num(f, "notice_p99_us"));
            Double hook = ms(num(f, "webhook_p99_us"));
            figure("B2", "revocation answered -> notice stored, p99, at " + rate + "/s", notice, "ms", "< 1000 ms",
                    below(notice, 1000), null, null,
                    "p50 " + fmt(ms(num(f, "notice_p50_us"))) + " ms, max " + fmt(ms(num(f, "notice_max_us"))) + " ms; "
                            + str(num(f, "notice_stored")) + " stored, " + str(num(f, "notice_missing")) + " missing");
            figure("B2", "revocation answered -> webhook delivered, p99, at " + rate + "/s", hook, "ms", "< 1000 ms",
                    below(hook, 1000), null, null,
                    "p50 " + fmt(ms(num(f, "webhook_p50_us"))) + " ms, max " + fmt(ms(num(f, "webhook_max_us"))) + " ms; "
                            + str(num(f, "webhook_received")) + " received, " + str(num(f, "webhook_missing")) + " missing");
            figure("B2", "revocation request p99 (due -> 2xx), at " + rate + "/s", ms(num(f, "answer_p99_us")), "ms", null, null,
                    null, null, "achieved " + fmt(num(f, "answer_throughput")) + "/s, " + str(num(f, "answer_errors")) + " of "
                            + str(num(f, "answer_requests")) + " failed (" + str(num(f, "consent_pool_timeouts"))
                            + " connection-pool timeouts); load " + str(num(f, "start_load1")));
        }
    }

    void b3() {
        if (!data.containsKey("b3")) {
            return;
        }
        Double imp = num("b3", "import_throughput");
        Double copy = num("b3", "copy_throughput");
        figure("B3", "NDJSON import, consents/s", imp, "rows/s", ">= 5000/s", atLeast(imp, 5000),
                "COPY " + fmt(copy) + " rows/s", ratio(imp, copy),
                str(num("b3", "accepted")) + " of " + str(num("b3", "rows")) + " accepted in " + fmt(num("b3", "import_seconds"))
                        + " s over " + str(num("b3", "streams")) + " streams; refused " + str(num("b3", "refused"))
                        + "; load " + str(num("b3", "start_load1")));
        figure("B3", "consent-service peak RSS while importing", num("b3", "rss_peak_mb"), "MB", "flat", null, null, null,
                "before " + str(num("b3", "rss_before_mb")) + " MB, after " + str(num("b3", "rss_after_mb")) + " MB (heap capped at -Xmx384m)");
    }

    void b4() {
        List<String> opens = rates("b4-");
        if (opens.isEmpty()) {
            return;
        }
        Double small = num("b4-" + opens.get(0), "scan_seconds");
        for (String o : opens) {
            Double scan = num("b4-" + o, "scan_seconds");
            Double lag = num("b4-" + o, "lag_max_seconds");
            figure("B4", "scan of " + str(num("b4-" + o, "due")) + " due among " + o + " open", scan, "s",
                    o.equals(opens.get(0)) ? null : "ratio near 1", null, opens.get(0) + " open: " + fmt(small) + " s",
                    ratio(scan, small), "published " + str(num("b4-" + o, "published")) + "; load " + str(num("b4-" + o, "start_load1")));
            figure("B4", "due -> DeadlineBreached published, max, " + o + " open", lag, "s", "< 60 s", below(lag, 60), null, null,
                    "p50 " + fmt(num("b4-" + o, "lag_p50")) + " s, p99 " + fmt(num("b4-" + o, "lag_p99"))
                            + " s; scan began " + fmt(num("b4-" + o, "due_to_scan_start_seconds")) + " s after the due moment");
        }
    }

    void b5() {
        if (!data.containsKey("b5")) {
            return;
        }
        for (String s : List.of("consent-service", "objection-service", "notification-service")) {
            figure("B5", s + " start-up (Quarkus 'started in')", num("b5", s + "_started_in_seconds"), "s", null, null, null, null,
                    "ready answered after " + fmt(num("b5", s + "_ready_seconds")) + " s (started one at a time)");
            figure("B5", s + " idle RSS", num("b5", s + "_idle_rss_mb"), "MB", null, null, null, null, "20 s after start");
        }
        Double underB1 = num("b1", "consent_rss_peak_mb");
        figure("B5", "consent-service peak RSS under B1", underB1, "MB", null, null, null, null, "sampled every second");
        figure("B5", "whole suite memory (PSS)", num("b5", "suite_pss_mb"), "MB", null, null, null, null,
                "PostgreSQL " + str(num("b5", "postgres_pss_mb")) + ", Kafka " + str(num("b5", "kafka_pss_mb")) + ", Keycloak "
                        + str(num("b5", "keycloak_pss_mb")) + ", services " + str(num("b5", "consent-service_pss_mb")) + " + "
                        + str(num("b5", "objection-service_pss_mb")) + " + " + str(num("b5", "notification-service_pss_mb"))
                        + ", portal " + str(num("b5", "portal_pss_mb")) + " MB");
    }

    static String fmt(Double v) {
        if (v == null) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format("%.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    static String str(Double v) {
        return v == null ? "n/a" : v == Math.rint(v) ? String.valueOf(v.longValue()) : fmt(v);
    }

    // ---------------------------------------------------------------- results.json

    void writeJson() throws IOException {
        StringBuilder sb = new StringBuilder("{\n  \"machine\": ");
        sb.append(json(props(data.get("machine")), 2)).append(",\n  \"figures\": [\n");
        for (int i = 0; i < figures.size(); i++) {
            sb.append("    ").append(json(figures.get(i), 4)).append(i < figures.size() - 1 ? ",\n" : "\n");
        }
        sb.append("  ],\n  \"raw\": {\n");
        int i = 0;
        for (var e : data.entrySet()) {
            sb.append("    ").append(quote(e.getKey())).append(": ").append(json(props(e.getValue()), 4))
                    .append(++i < data.size() ? ",\n" : "\n");
        }
        sb.append("  }\n}\n");
        Files.writeString(out.resolve("results.json"), sb);
    }

    static Map<String, Object> props(Properties p) {
        Map<String, Object> m = new TreeMap<>();
        if (p != null) {
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k).trim();
                try {
                    m.put(k, Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    m.put(k, v);
                }
            }
        }
        return m;
    }

    static String json(Map<String, Object> m, int indent) {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (var e : m.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ");
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Double d) {
                sb.append(d.isNaN() || d.isInfinite() ? "null" : d == Math.rint(d) && Math.abs(d) < 1e15
                        ? String.valueOf(d.longValue()) : String.format("%.4f", d));
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                sb.append(quote(v.toString()));
            }
        }
        return sb.append("}").toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---------------------------------------------------------------- charts

    void charts() throws IOException {
        if (data.containsKey("b1")) {
            List<Series> s = new ArrayList<>();
            Series check99 = new Series("consent check p99", "#c0392b", false);
            Series check50 = new Series("consent check p50", "#c0392b", true);
            Series who99 = new Series("whoami (baseline A) p99", "#2471a3", false);
            Series who50 = new Series("whoami (baseline A) p50", "#2471a3", true);
            for (String c : concurrencies()) {
                add(check99, med("b1-check-c" + c, "throughput"), ms(med("b1-check-c" + c, "p99_us")), "c" + c);
                add(check50, med("b1-check-c" + c, "throughput"), ms(med("b1-check-c" + c, "p50_us")), null);
                add(who99, med("b1-whoami-c" + c, "throughput"), ms(med("b1-whoami-c" + c, "p99_us")), "c" + c);
                add(who50, med("b1-whoami-c" + c, "throughput"), ms(med("b1-whoami-c" + c, "p50_us")), null);
            }
            for (String r : rates("b1-rate-")) {
                add(check99, num("b1-rate-" + r, "throughput"), ms(num("b1-rate-" + r, "p99_us")), r + "/s");
                add(check50, num("b1-rate-" + r, "throughput"), ms(num("b1-rate-" + r, "p50_us")), null);
            }
            s.addAll(List.of(check99, check50, who99, who50));
            s.forEach(Series::sortByX);
            Files.writeString(out.resolve("b1-latency-throughput.svg"), svg(760, 500,
                    panel(0, 0, 760, 500, "B1: latency against throughput (closed loop c16/c64, fixed rate)",
                            "throughput (requests/s)", "latency (ms, log scale)", s, false, true)));
        }
        List<String> opens = rates("b4-");
        if (!opens.isEmpty()) {
            Series scan = new Series("one scan of the due deadlines (s)", "#c0392b", false);
            Series lag = new Series("due -> last DeadlineBreached published (s)", "#2471a3", false);
            for (String o : opens) {
                add(scan, Double.parseDouble(o), num("b4-" + o, "scan_seconds"), null);
                add(lag, Double.parseDouble(o), num("b4-" + o, "lag_max_seconds"), null);
            }
            Files.writeString(out.resolve("b4-scan-vs-open.svg"), svg(760, 440,
                    panel(0, 0, 760, 440, "B4: " + str(num("b4-" + opens.get(0), "due")) + " due deadlines among N open",
                            "open deadlines (log scale)", "seconds", List.of(scan, lag), true, false)));
        }
        Path rss = out.resolve("data/b3-rss.tsv");
        if (Files.exists(rss)) {
            Series rows = new Series("consents answered (thousands)", "#2471a3", false);
            Series mem = new Series("consent-service RSS (MB)", "#c0392b", false);
            double t0 = Double.NaN;
            for (String line : Files.readAllLines(rss)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                double t = Double.parseDouble(f[0]);
                if (Double.isNaN(t0)) {
                    t0 = t;
                }
                add(rows, t - t0, Double.parseDouble(f[2].trim()) / 1000, null);
                add(mem, t - t0, Double.parseDouble(f[1]) / 1024, null);
            }
            Files.writeString(out.resolve("b3-import.svg"), svg(760, 620,
                    panel(0, 0, 760, 310, "B3: NDJSON import progress", "seconds", "thousand consents", List.of(rows), false, false)
                            + panel(0, 310, 760, 310, "B3: consent-service resident memory while importing", "seconds", "MB",
                            List.of(mem), false, false, 0)));
        }
    }

    static final class Series {
        final String name;
        final String color;
        final boolean dashed;
        final List<double[]> points = new ArrayList<>();
        final Map<Integer, String> labels = new LinkedHashMap<>();

        Series(String name, String color, boolean dashed) {
            this.name = name;
            this.color = color;
            this.dashed = dashed;
        }

        void sortByX() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(points.get(a)[0], points.get(b)[0]));
            List<double[]> p = new ArrayList<>();
            Map<Integer, String> l = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                p.add(points.get(order.get(i)));
                if (labels.containsKey(order.get(i))) {
                    l.put(i, labels.get(order.get(i)));
                }
            }
            points.clear();
            points.addAll(p);
            labels.clear();
            labels.putAll(l);
        }
    }

    static void add(Series s, Double x, Double y, String label) {
        if (x != null && y != null) {
            if (label != null) {
                s.labels.put(s.points.size(), label);
            }
            s.points.add(new double[] {x, y});
        }
    }

    static String svg(int w, int h, String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h
                + "\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
                + body + "</svg>\n";
    }

    static String panel(int ox, int oy, int w, int h, String title, String xl, String yl, List<Series> series, boolean logX, boolean logY) {
        return panel(ox, oy, w, h, title, xl, yl, series, logX, logY, Double.NaN);
    }

    /** One chart panel: axes with round ticks, a line and points per series, a legend. */
    static String panel(int ox, int oy, int w, int h, String title, String xl, String yl, List<Series> series,
                        boolean logX, boolean logY, double yMinFixed) {
        int left = ox + 70;
        int right = ox + w - 20;
        int top = oy + 40;
        // The legend goes under the x axis' label, one line per series, so it never hides a point.
        int bottom = oy + h - 50 - 16 * series.size();
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Series s : series) {
            for (double[] p : s.points) {
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(text(ox + w / 2.0, oy + 22, title, "middle", 14, "bold"));
        if (x0 == Double.MAX_VALUE) {
            return sb.append(text(ox + w / 2.0, oy + h / 2.0, "no data", "middle", 12, "normal")).toString();
        }
        double[] xr = range(x0, x1, logX, Double.NaN);
        double[] yr = range(y0, y1, logY, yMinFixed);
        Axis ax = new Axis(xr[0], xr[1], logX, left, right);
        Axis ay = new Axis(yr[0], yr[1], logY, bottom, top);
        sb.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                left, top, right - left, bottom - top));
        for (double t : ticks(xr[0], xr[1], logX)) {
            double x = ax.map(t);
            sb.append(String.format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n", x, top, x, bottom));
            sb.append(text(x, bottom + 16, label(t), "middle", 11, "normal"));
        }
        for (double t : ticks(yr[0], yr[1], logY)) {
            double y = ay.map(t);
            sb.append(String.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n", left, y, right, y));
            sb.append(text(left - 6, y + 4, label(t), "end", 11, "normal"));
        }
        sb.append(text((left + right) / 2.0, bottom + 36, xl, "middle", 12, "normal"));
        sb.append(String.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %d %.1f)\">%s</text>%n",
                ox + 18, (top + bottom) / 2.0, ox + 18, (top + bottom) / 2.0, esc(yl)));
        int legendY = bottom + 56;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (double[] p : s.points) {
                path.append(path.length() == 0 ? "M" : " L").append(String.format("%.1f %.1f", ax.map(p[0]), ay.map(p[1])));
            }
            String dash = s.dashed ? " stroke-dasharray=\"5 4\"" : "";
            if (s.points.size() > 1) {
                sb.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path, s.color, dash));
            }
            if (s.points.size() < 60) {
                for (int i = 0; i < s.points.size(); i++) {
                    double[] p = s.points.get(i);
                    sb.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n",
                            ax.map(p[0]), ay.map(p[1]), s.dashed ? "white\" stroke=\"" + s.color : s.color));
                    if (s.labels.containsKey(i)) {
                        sb.append(text(ax.map(p[0]) + 6, ay.map(p[1]) - 6, s.labels.get(i), "start", 10, "normal"));
                    }
                }
            }
            sb.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    left + 10, legendY - 4, left + 34, legendY - 4, s.color, dash));
            sb.append(text(left + 40, legendY, s.name, "start", 11, "normal"));
            legendY += 16;
        }
        return sb.toString();
    }

    static final class Axis {
        final double lo, hi;
        final boolean log;
        final double p0, p1;

        Axis(double lo, double hi, boolean log, double p0, double p1) {
            this.lo = log ? Math.log10(lo) : lo;
            this.hi = log ? Math.log10(hi) : hi;
            this.log = log;
            this.p0 = p0;
            this.p1 = p1;
        }

        double map(double v) {
            double t = ((log ? Math.log10(Math.max(v, 1e-9)) : v) - lo) / (hi - lo);
            return p0 + t * (p1 - p0);
        }
    }

    static double[] range(double lo, double hi, boolean log, double fixedLo) {
        if (log) {
            return new double[] {Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9))};
        }
        double min = Double.isNaN(fixedLo) ? Math.min(0, lo) : fixedLo;
        double max = hi <= min ? min + 1 : hi;
        double step = nice((max - min) / 5);
        return new double[] {Math.floor(min / step) * step, Math.ceil(max * 1.05 / step) * step};
    }

    static double nice(double raw) {
        double e = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / e;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * e;
    }

    static List<Double> ticks(double lo, double hi, boolean log) {
        List<Double> t = new ArrayList<>();
        if (log) {
            for (double v = lo; v <= hi * 1.0001; v *= 10) {
                t.add(v);
            }
        } else {
            double step = nice((hi - lo) / 5);
            for (double v = lo; v <= hi + step / 1000; v += step) {
                t.add(v);
            }
        }
        return t;
    }

    static String label(double v) {
        if (Math.abs(v) >= 1_000_000) {
            return String.format("%.0fM", v / 1_000_000);
        }
        if (Math.abs(v) >= 10_000) {
            return String.format("%.0fk", v / 1000);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.2g", v);
    }

    static String text(double x, double y, String s, String anchor, int size, String weight) {
        return String.format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, size, weight, esc(s));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- summary

    void printSummary() throws IOException {
        StringBuilder sb = new StringBuilder();
        Properties m = data.getOrDefault("machine", new Properties());
        sb.append(String.format("Machine: %s cores, %s MB, %s; load average %s at start, %s at end%n",
                m.getProperty("cores"), m.getProperty("memory_mb"), m.getProperty("cpu"),
                m.getProperty("start_load1"), m.getProperty("end_load1", "n/a")));
        sb.append(String.format("%-4s %-58s %12s %-22s %-5s %s%n", "", "figure", "measured", "goal", "met", "ratio to baseline"));
        for (Map<String, Object> f : figures) {
            Double v = (Double) f.get("measured");
            Object met = f.get("met");
            Double ratio = (Double) f.get("ratio");
            sb.append(String.format("%-4s %-58s %12s %-22s %-5s %s%n", f.get("id"), f.get("figure"),
                    fmt(v) + " " + f.get("unit"), f.get("goal") == null ? "" : f.get("goal"),
                    met == null ? "" : (Boolean) met ? "yes" : "NO",
                    ratio == null ? "" : fmt(ratio) + " of " + f.get("baseline")));
            sb.append(String.format("%-4s   %s%n", "", f.get("note")));
        }
        Files.writeString(out.resolve("summary.txt"), sb);
        System.out.print(sb);
        System.out.println("Written: " + out.resolve("results.json") + ", " + out.resolve("summary.txt") + " and the SVG charts in " + out);
    }
}

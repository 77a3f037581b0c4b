package kz.kelisim.portal.regulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import kz.kelisim.portal.clients.RegulatorApi;
import kz.kelisim.portal.web.Formats;

/**
 * One operator's legal deadlines week by week (PDL-8.7, PDL-19-1.3, BRN-1): the chart and the same
 * numbers as table rows.
 */
public record DeadlineTrend(String operatorId, String chart, List<RegulatorApi.Week> weeks) {

    /**
     * One trend per operator, operators in BIN order, weeks oldest first.
     *
     * @param named the operator's name with its BIN, as the chart's accessible title says it
     */
    static List<DeadlineTrend> of(List<RegulatorApi.Week> weeks, String title, String lang, UnaryOperator<String> named) {
        Map<String, List<RegulatorApi.Week>> byOperator = new TreeMap<>();
        weeks.forEach(w -> byOperator.computeIfAbsent(w.operatorId(), k -> new ArrayList<>()).add(w));
        List<DeadlineTrend> trends = new ArrayList<>();
        byOperator.forEach((operator, list) -> {
            List<StackedBarChart.Bar> bars = list.stream()
                    .map(w -> new StackedBarChart.Bar(Formats.shortDate(w.weekStart(), lang), w.met(), w.metLate(), w.breached(), w.open()))
                    .toList();
            trends.add(new DeadlineTrend(operator, StackedBarChart.svg(title + ": " + named.apply(operator), bars), list));
        });
        return trends;
    }
}

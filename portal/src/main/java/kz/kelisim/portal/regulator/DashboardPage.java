package kz.kelisim.portal.regulator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.kelisim.portal.clients.RegulatorApi;
import kz.kelisim.portal.PortalMessages;
import kz.kelisim.portal.web.Formats;
import kz.kelisim.portal.web.Operators;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The regulator's dashboard: each operator's deadlines met, met late and breached week by week
 * (PDL-8.7, PDL-19-1.3, BRN-1), open deadlines due soon, missed deadlines, breach reports and how late
 * each came, and the daily CSV and PDF reports. Charts are inline SVG with the same numbers in tables.
 */
@Path("/regulator")
@RolesAllowed("regulator")
public class DashboardPage {

    /** Open deadlines due within this many days are listed as due soon. */
    static final int DUE_SOON_DAYS = 7;
    /** The longest period the weekly trend covers (the service's limit). */
    static final int MAX_DAYS = 366;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<RegulatorApi.SlaBreach> breaches, String breachChart,
                                                 List<RegulatorApi.Incident> incidents, String lateChart,
                                                 List<DeadlineTrend> trends, List<RegulatorApi.DueSoon> dueSoon,
                                                 String from, String to, String operator, String kind, String today);
    }

    private final RegulatorApi regulator;
    private final PortalContext context;

    private final Operators operators;

    public DashboardPage(@RestClient RegulatorApi regulator, PortalContext context, Operators operators) {
        this.operators = operators;
        this.regulator = regulator;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("operator") String operator, @QueryParam("kind") String kind) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        String end = validDate(to, today);
        String start = validDate(from, LocalDate.parse(end).minusWeeks(8).plusDays(1));
        if (start.compareTo(end) > 0 || LocalDate.parse(start).isBefore(LocalDate.parse(end).minusDays(MAX_DAYS - 1))) {
            start = LocalDate.parse(end).minusWeeks(8).plusDays(1).toString();
        }
        String op = operator == null || operator.isBlank() ? null : operator.trim();
        String k = kind == null || kind.isBlank() ? null : kind;
        List<RegulatorApi.SlaBreach> breaches = regulator.slaBreaches(op, k, start, end);
        Map<String, Long> perOperator = breaches.stream()
                .collect(Collectors.groupingBy(b -> operators.named(b.operatorId()), TreeMap::new, Collectors.counting()));
        PortalMessages msg = context.messages();
        List<RegulatorApi.Incident> incidents = regulator.incidents(null);
        List<DeadlineTrend> trends = DeadlineTrend.of(regulator.weekly(start, end, op), msg.trend_chart_title(), context.lang(),
                operators::named);
        return context.page(Templates.dashboard(breaches, BarChart.svg(msg.sla_breaches_per_operator(), perOperator),
                incidents, lateChart(incidents, msg.incidents_late_chart()), trends, regulator.dueSoon(DUE_SOON_DAYS, op),
                start, end, op == null ? "" : op, k == null ? "" : k, today.toString()));
    }

    /** How many hours after its BRN-1 due moment each late breach report came, one bar per report. */
    private String lateChart(List<RegulatorApi.Incident> incidents, String title) {
        Map<String, Long> hours = new LinkedHashMap<>();
        incidents.stream().filter(RegulatorApi.Incident::late).forEach(i -> hours.put(operators.named(i.operatorId()) + " · "
                + Formats.local(i.detectedAt(), context.lang()), i.hoursLate()));
        return hours.isEmpty() ? "" : BarChart.svg(title, hours);
    }

    @GET
    @Path("reports/daily")
    public Response daily(@QueryParam("date") String date, @QueryParam("format") String format) {
        String day = validDate(date, LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(1));
        boolean pdf = "pdf".equals(format);
        return Response.ok(regulator.daily(day, pdf ? "pdf" : "csv"), pdf ? "application/pdf" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kelisim-deadlines-" + day + (pdf ? ".pdf" : ".csv") + "\"")
                .build();
    }

    private static String validDate(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback.toString();
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            return fallback.toString();
        }
    }
}

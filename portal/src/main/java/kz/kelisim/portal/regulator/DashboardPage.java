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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.kelisim.portal.clients.RegulatorApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The regulator's dashboard: missed deadlines per operator, breach reports and how late each came,
 * and the daily CSV and PDF reports.
 */
@Path("/regulator")
@RolesAllowed("regulator")
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<RegulatorApi.SlaBreach> breaches, String breachChart,
                                                 List<RegulatorApi.Incident> incidents, String from, String to,
                                                 String operator, String kind, String today);
    }

    private final RegulatorApi regulator;
    private final PortalContext context;

    public DashboardPage(@RestClient RegulatorApi regulator, PortalContext context) {
        this.regulator = regulator;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("operator") String operator, @QueryParam("kind") String kind) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        String start = validDate(from, today.minusDays(30));
        String end = validDate(to, today);
        String op = operator == null || operator.isBlank() ? null : operator.trim();
        String k = kind == null || kind.isBlank() ? null : kind;
        List<RegulatorApi.SlaBreach> breaches = regulator.slaBreaches(op, k, start, end);
        Map<String, Long> perOperator = breaches.stream()
                .collect(Collectors.groupingBy(RegulatorApi.SlaBreach::operatorId, TreeMap::new, Collectors.counting()));
        return context.page(Templates.dashboard(breaches, BarChart.svg("SLA", perOperator), regulator.incidents(null),
                start, end, op == null ? "" : op, k == null ? "" : k, today.toString()));
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

package kz.kelisim.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.DailyReport;
import kz.kelisim.notification.SlaBreach;
import kz.kelisim.notification.service.BreachService;
import kz.kelisim.notification.service.DailyReportService;
import kz.kelisim.notification.service.NoticeRenderer;
import kz.kelisim.notification.service.ReportCsv;
import kz.kelisim.notification.service.ReportFont;
import kz.kelisim.notification.service.ReportPdf;
import kz.kelisim.notification.service.SlaReporting;
import kz.kelisim.notification.service.SubjectStatuses;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What regulators read across operators: missed deadlines (PDL-8.7, PDL-19-1.3, BRN-1), breach
 * reports with each affected subject's notification status (INF-7-2.10-1), and the daily report.
 */
@Path("/api/v1/regulator")
@RolesAllowed(Roles.REGULATOR)
public class RegulatorResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    /** A missed deadline as regulators list it. */
    public record SlaBreachView(UUID id, UUID deadlineId, String kind, String operatorId, UUID aggregateId, Instant dueAt,
                                Instant breachedAt, String sourceTopic) {
        static SlaBreachView of(SlaBreach b) {
            return new SlaBreachView(b.id(), b.deadlineId(), b.kind(), b.operatorId(), b.aggregateId(), b.dueAt(),
                    b.breachedAt(), b.sourceTopic());
        }
    }

    private final SlaReporting sla;
    private final BreachService breaches;
    private final SubjectStatuses statuses;
    private final DailyReportService reports;
    private final OperatorDirectory directory;
    private final ReportFont font;

    public RegulatorResource(SlaReporting sla, BreachService breaches, SubjectStatuses statuses, DailyReportService reports,
                             OperatorDirectory directory, ReportFont font) {
        this.directory = directory;
        this.font = font;
        this.sla = sla;
        this.breaches = breaches;
        this.statuses = statuses;
        this.reports = reports;
    }

    @GET
    @Path("sla-breaches")
    @Operation(summary = "Missed deadlines, newest first; filters: operator (BIN), kind, from/to (Almaty dates, inclusive)")
    public List<SlaBreachView> slaBreaches(@QueryParam("operator") String operator, @QueryParam("kind") String kind,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(5000) int limit) {
        if (kind != null && !List.of("STOP_PROCESSING", "OBJECTION_REVIEW", "BREACH_REPORT").contains(kind)) {
            throw InvalidInputException.field("kind", "must be STOP_PROCESSING, OBJECTION_REVIEW or BREACH_REPORT");
        }
        Instant start = from == null ? null : KazakhTime.endOfDay(date("from", from).minusDays(1));
        Instant end = to == null ? null : KazakhTime.endOfDay(date("to", to));
        return sla.search(operator, kind, start, end, limit).stream().map(SlaBreachView::of).toList();
    }

    @GET
    @Path("breaches")
    @Operation(summary = "Breach reports of every operator, newest first; late=true keeps the late ones (BRN-1)")
    public List<BreachViews.Incident> breaches(@QueryParam("operator") String operator, @QueryParam("late") Boolean late,
                                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return breaches.search(operator, late, limit).stream()
                .map(b -> BreachViews.Incident.of(b, breaches.subjectCount(b.id()))).toList();
    }

    @GET
    @Path("breaches/{id}")
    @Operation(summary = "One breach report")
    public BreachViews.Incident breach(@PathParam("id") UUID id) {
        return BreachViews.Incident.of(breaches.anyIncident(id), breaches.subjectCount(id));
    }

    @GET
    @Path("breaches/{id}/subjects")
    @Operation(summary = "Each affected subject's notification status, with name and phone to reach those without an IIN (INF-7-2.10-1)")
    public List<SubjectStatuses.Status> breachSubjects(@PathParam("id") UUID id,
                                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                                       @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        breaches.anyIncident(id);
        return statuses.of(id, offset, limit, true);
    }

    @GET
    @Path("reports/daily")
    @Produces({CSV, PDF})
    @Operation(summary = "Deadlines due on one day per operator: met, met late, breached, open, median answer time; CSV or PDF (format=csv|pdf or Accept), in kk (default), ru or en (lang or Accept-Language), operators named with their BIN")
    public Response daily(@QueryParam("date") String date, @QueryParam("format") String format,
                          @QueryParam("lang") String lang, @HeaderParam("Accept") String accept,
                          @HeaderParam("Accept-Language") String acceptLanguage) {
        if (date == null) {
            throw InvalidInputException.field("date", "is required (YYYY-MM-DD)");
        }
        DailyReport report = reports.report(date("date", date));
        boolean pdf = format != null ? "pdf".equalsIgnoreCase(format) : accept != null && accept.contains(PDF) && !accept.contains(CSV);
        if (format != null && !List.of("csv", "pdf").contains(format.toLowerCase())) {
            throw InvalidInputException.field("format", "must be csv or pdf");
        }
        if (lang != null && !NoticeRenderer.LANGUAGES.contains(lang)) {
            throw InvalidInputException.field("lang", "must be one of " + NoticeRenderer.LANGUAGES);
        }
        // LAW.md "Languages": kk by default, ru and en on request; operators named with their BIN beside them.
        String language = lang != null ? lang : NoticeRenderer.pick(acceptLanguage);
        UnaryOperator<String> named = bin -> directory.display(bin, language);
        String name = "kelisim-deadlines-" + report.date() + (pdf ? ".pdf" : ".csv");
        Object body = pdf
                ? ReportPdf.write(report, font.font().orElseThrow(() -> new ProblemException(503, "unavailable", "Service unavailable",
                        "No font for the report was found; set kelisim.report.font to a TrueType font with Cyrillic")), language, named)
                : ReportCsv.write(report, language, named);
        return Response.ok(body, pdf ? PDF : CSV + "; charset=UTF-8")
                .header("Content-Language", language)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "must be a date YYYY-MM-DD");
        }
    }
}

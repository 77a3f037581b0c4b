package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import kz.kelisim.consent.service.CalendarAdministration;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators load or correct a year of calendar data (CAL-1: transfers of days off are
 * yearly government data). consent-service owns the calendar and publishes it to every service.
 */
@Path("/api/v1/calendar")
public class CalendarAdminResource {

    private final CalendarAdministration administration;

    public CalendarAdminResource(CalendarAdministration administration) {
        this.administration = administration;
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Load a year of calendar data (text format of the calendar library); open deadlines touching it are recounted")
    public CalendarAdministration.Applied put(@PathParam("year") int year, String body) {
        return administration.publish(year, body);
    }
}

package kz.kelisim.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * When a service the page needs fails or cannot be reached, the person sees a page in their
 * language that says so, never a stack trace.
 */
public class ServiceErrorPage {

    private static final Logger LOG = Logger.getLogger(ServiceErrorPage.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("A service could not be reached: %s", e.getMessage());
        return page(503);
    }

    @ServerExceptionMapper
    public Response failed(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403 || status == 404) {
            return page(status);
        }
        LOG.warnf("A service answered %d: %s", status, e.getMessage());
        return page(502);
    }

    private final PortalContext context;

    public ServiceErrorPage(PortalContext context) {
        this.context = context;
    }

    private Response page(int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.page(Templates.error(status))).build();
    }
}

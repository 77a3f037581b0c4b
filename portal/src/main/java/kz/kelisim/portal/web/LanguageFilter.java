package kz.kelisim.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Picks the page language: {@code ?lang=} from the switcher (then remembered in a cookie for a
 * year), else the remembered choice, else Kazakh, the state language.
 */
public class LanguageFilter {

    static final String COOKIE = "lang";

    private final PortalContext context;

    public LanguageFilter(PortalContext context) {
        this.context = context;
    }

    @ServerRequestFilter
    public void choose(ContainerRequestContext request) {
        String requested = request.getUriInfo().getQueryParameters().getFirst("lang");
        Cookie remembered = request.getCookies().get(COOKIE);
        if (PortalContext.supported(requested)) {
            context.choose(requested);
        } else if (remembered != null) {
            context.choose(remembered.getValue());
        }
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        String requested = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (PortalContext.supported(requested)) {
            NewCookie cookie = new NewCookie.Builder(COOKIE).value(requested).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}

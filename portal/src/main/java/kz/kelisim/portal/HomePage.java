package kz.kelisim.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in home page: greets the user by name and role in the chosen language.
 */
@Path("/")
@Authenticated
public class HomePage {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    static final Set<String> KELISIM_ROLES = Set.of("subject", "operator", "regulator", "admin");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String name, String roles, String lang, List<String> languages);
    }

    private final SecurityIdentity identity;

    public HomePage(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam("lang") String requested, @CookieParam("lang") String remembered) {
        String lang = supported(requested) ? requested : supported(remembered) ? remembered : "kk";
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(KELISIM_ROLES);
        TemplateInstance page = Templates.home(displayName(), String.join(", ", roles), lang, LANGUAGES)
                .setLocale(lang);
        Response.ResponseBuilder response = Response.ok(page);
        if (supported(requested)) {
            // The switcher's choice is remembered for a year.
            response.cookie(new NewCookie.Builder("lang").value(lang).path("/").maxAge(365 * 24 * 3600)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }

    private static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    private String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : List.of("name", "given_name", "preferred_username")) {
                Object value = jwt.getClaim(claim);
                if (value instanceof JsonString s) {
                    value = s.getString();
                }
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return identity.getPrincipal().getName();
    }
}

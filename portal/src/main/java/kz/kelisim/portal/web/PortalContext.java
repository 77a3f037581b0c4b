package kz.kelisim.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.kelisim.portal.PortalMessages;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What every page needs to know about the request: the chosen language and the signed-in person.
 * Templates read it as {@code inject:portal}.
 */
@RequestScoped
@Named("portal")
public class PortalContext {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    public static final String DEFAULT_LANGUAGE = "kk";
    static final Set<String> KELISIM_ROLES = Set.of("subject", "operator", "regulator", "admin");

    private final SecurityIdentity identity;
    private String lang = DEFAULT_LANGUAGE;

    public PortalContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    public static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** Renders a page in the request's language (Qute picks the message bundle by the instance locale). */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(Locale.forLanguageTag(lang));
    }

    void choose(String language) {
        this.lang = supported(language) ? language : DEFAULT_LANGUAGE;
    }

    /** The portal's texts in the request's language, for what is written outside templates (PDFs). */
    public PortalMessages messages() {
        return DEFAULT_LANGUAGE.equals(lang) ? MessageBundles.get(PortalMessages.class)
                : MessageBundles.get(PortalMessages.class, Localized.Literal.of(lang));
    }

    public String lang() {
        return lang;
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    /** The message key of a language's own name, as the switcher shows it. */
    public String languageKey(String language) {
        return "language_" + language;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The Kelisim roles of the signed-in person, sorted. */
    public String roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(KELISIM_ROLES);
        return String.join(", ", roles);
    }

    /** The person's full name from the token, falling back to the login name. */
    public String displayName() {
        for (String claim : List.of("name", "given_name", "preferred_username")) {
            String value = claim(claim);
            if (value != null) {
                return value;
            }
        }
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The signed-in subject's own IIN from the token, or null for staff; tells own data from a represented person's. */
    public String iin() {
        return claim("iin");
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value instanceof JsonString s) {
                value = s.getString();
            }
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}

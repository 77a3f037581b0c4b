package kz.kelisim.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import kz.kelisim.kit.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified token: the operator's BIN ({@code operator_id}) or the
 * subject's IIN ({@code iin}). Every query is scoped by one of these (docs/design.md#identity-and-access).
 */
@RequestScoped
public class Caller {

    public static final String OPERATOR_CLAIM = "operator_id";
    public static final String IIN_CLAIM = "iin";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The calling operator's BIN; a token without it is refused with 403. */
    public String operatorId() {
        return claim(OPERATOR_CLAIM).orElseThrow(() -> missing(OPERATOR_CLAIM));
    }

    /** The calling subject's IIN; a token without it is refused with 403. */
    public String subjectIin() {
        return claim(IIN_CLAIM).orElseThrow(() -> missing(IIN_CLAIM));
    }

    /** The OAuth client the token was issued to (its {@code azp}), whose budget a consent check spends. */
    public String clientId() {
        return claim("azp").orElse(identity.getPrincipal().getName());
    }

    /** The person behind the token (its {@code sub}), whose budget their own requests spend. */
    public String personId() {
        return claim("sub").orElse(identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> claim(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString s) {
            value = s.getString();
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }

    private static ProblemException missing(String claim) {
        return new ProblemException(403, "missing-claim", "Forbidden",
                "Your token has no '" + claim + "' claim, which this request needs");
    }
}

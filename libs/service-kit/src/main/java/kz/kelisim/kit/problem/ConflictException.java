package kz.kelisim.kit.problem;

/**
 * 409: the request is well formed but conflicts with what is stored, found outside the domain (a
 * service's lookup or a concurrent write). A domain rule refuses with {@code kz.kelisim.kit.domain.Rejection}.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String slug, String title, String detail) {
        super(409, slug, title, detail);
    }
}

package kz.kelisim.kit.problem;

/**
 * 404: nothing by that id exists for this caller. Used across tenants too, so the answer never
 * tells whether another operator's or subject's record exists.
 */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " was not found");
    }
}

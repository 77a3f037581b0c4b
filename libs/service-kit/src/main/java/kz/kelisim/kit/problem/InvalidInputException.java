package kz.kelisim.kit.problem;

import java.util.List;

/**
 * 400: the request is malformed or a field is invalid; the errors name each field.
 */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String detail, List<Problem.FieldError> errors) {
        super(400, "invalid-input", "The request is not valid", detail, errors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(field + " " + message, List.of(new Problem.FieldError(field, message)));
    }
}

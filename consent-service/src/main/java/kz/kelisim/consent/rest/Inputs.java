package kz.kelisim.consent.rest;

import java.util.ArrayList;
import java.util.List;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.contracts.NationalId;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.Problem;

/**
 * Collects every field error of a request, so one 400 names them all.
 */
final class Inputs {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    Inputs require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    /** A text a subject reads must exist in Kazakh and Russian, and in English (LAW.md "Languages"). */
    Inputs localized(LocalizedText text, String field) {
        if (text == null) {
            return require(false, field, "is required in kk, ru and en");
        }
        require(present(text.kk()), field + ".kk", "is required");
        require(present(text.ru()), field + ".ru", "is required");
        return require(present(text.en()), field + ".en", "is required");
    }

    /** The same rule for a text of libs/contracts, such as an operator's name. */
    Inputs localized(Trilingual text, String field) {
        return localized(text == null ? null : new LocalizedText(text.kk(), text.ru(), text.en()), field);
    }

    /** Each language of a text at most {@code max} characters. */
    Inputs maxLength(Trilingual text, int max, String field) {
        if (text == null) {
            return this;
        }
        return maxLength(text.kk(), max, field + ".kk").maxLength(text.ru(), max, field + ".ru").maxLength(text.en(), max, field + ".en");
    }

    /** ID-1: a person's IIN (birth date, century and sex code, check digit); a BIN is refused. */
    Inputs iin(String value, String field) {
        return problem(NationalId.iinProblem(value), field);
    }

    /** ID-1: an organisation's BIN (registration month, entity type, attribute, check digit); an IIN is refused. */
    Inputs bin(String value, String field) {
        return problem(NationalId.binProblem(value), field);
    }

    /** ID-1: a valid IIN or a valid BIN, only where either may stand; prefer {@link #iin} or {@link #bin}. */
    Inputs nationalId(String value, String field) {
        return problem(NationalId.problemWith(value), field);
    }

    private Inputs problem(String problem, String field) {
        return require(problem == null, field, problem);
    }

    Inputs maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
            throw new InvalidInputException(detail, errors);
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

package kz.kelisim.system.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One endpoint of the matrix: how to call it, and what each caller must get back.
 *
 * @param service   consent, objection or notification
 * @param method    the HTTP method
 * @param template  the path as OpenAPI names it, for example /api/v1/consents/{id}
 * @param url       makes the full URL, pointing at fixtures (a fresh one per call when the call changes it)
 * @param body      makes the body, or null
 * @param expected  one outcome per {@link Who}, in order: a status such as 401, or 2xx for any success
 */
record Row(String service, String method, String template, Supplier<String> url, String contentType,
           Function<Who, String> body, List<String> expected) {

    static Row of(String service, String method, String template, Supplier<String> url, Supplier<String> body,
                  String expected) {
        return of(service, method, template, url, "application/json", body, expected);
    }

    static Row of(String service, String method, String template, Supplier<String> url, String contentType,
                  Supplier<String> body, String expected) {
        return per(service, method, template, url, contentType, body == null ? null : who -> body.get(), expected);
    }

    /** A row whose body depends on the caller (for example each subject's own e-mail address). */
    static Row per(String service, String method, String template, Supplier<String> url, String contentType,
                   Function<Who, String> body, String expected) {
        List<String> outcomes = Arrays.asList(expected.trim().split("\\s+"));
        if (outcomes.size() != Who.values().length) {
            throw new IllegalArgumentException(method + " " + template + ": " + outcomes.size() + " outcomes for "
                    + Who.values().length + " callers");
        }
        return new Row(service, method, template, url, contentType, body, outcomes);
    }

    String key() {
        return service + " " + method + " " + template;
    }

    String expectedFor(Who who) {
        return expected.get(who.ordinal());
    }

    /** "2xx" is any success; "2xx|404" accepts either (for state a caller may or may not have yet). */
    static boolean matches(String expected, int status) {
        for (String option : expected.split("\\|")) {
            if (option.equals("2xx") ? status / 100 == 2 : option.equals(String.valueOf(status))) {
                return true;
            }
        }
        return false;
    }
}

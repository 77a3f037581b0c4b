package kz.kelisim.kit.domain;

import java.util.List;

/**
 * A domain rule said no. Entities and their rules throw it with what a person needs to read: a slug
 * (starting with the clause, e.g. {@code pdl-8-5-term-exceeds-purpose}, where the rule comes from the
 * law), a title, a detail and the fields at fault. It knows nothing of HTTP: the kit's problem mapping
 * turns its {@link Kind} into a status (docs/design.md, "Errors").
 */
public class Rejection extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** A field is missing or malformed. */
        INVALID,
        /** The aggregate is in a state that does not allow the change, for example already answered. */
        CONFLICT,
        /** The request is well formed, but a rule (usually one of the law's) forbids it. */
        RULE
    }

    /** One field at fault and what is expected of it. */
    public record Field(String name, String message) {
    }

    private final Kind kind;
    private final String slug;
    private final String title;
    private final List<Field> fields;

    private Rejection(Kind kind, String slug, String title, String detail, List<Field> fields) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    /** One field is missing or wrong. */
    public static Rejection invalid(String field, String message) {
        return invalid(field + " " + message, List.of(new Field(field, message)));
    }

    /** Several fields are missing or wrong; {@code detail} sums them up. */
    public static Rejection invalid(String detail, List<Field> fields) {
        return new Rejection(Kind.INVALID, "invalid-input", "The request is not valid", detail, fields);
    }

    /** The aggregate's state does not allow this change now. */
    public static Rejection conflict(String slug, String title, String detail) {
        return new Rejection(Kind.CONFLICT, slug, title, detail, List.of());
    }

    /** A rule forbids the request. */
    public static Rejection rule(String slug, String title, String detail) {
        return rule(slug, title, detail, List.of());
    }

    /** A rule forbids the request because of these fields. */
    public static Rejection rule(String slug, String title, String detail, List<Field> fields) {
        return new Rejection(Kind.RULE, slug, title, detail, fields);
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<Field> fields() {
        return fields;
    }
}

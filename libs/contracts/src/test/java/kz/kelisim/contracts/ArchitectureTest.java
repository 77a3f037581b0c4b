package kz.kelisim.contracts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * libs/contracts' boundaries, checked on its compiled classes: the events are plain records that
 * every service can read without a framework.
 */
class ArchitectureTest {

    static final String[] FRAMEWORKS = {
            "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..",
            "com.fasterxml..", "org.hibernate..", "io.vertx.."};

    /**
     * The JDK's own cryptography (module java.base), which {@link SubjectPseudonym} uses for its
     * HMAC: it sits under {@code javax..} but is no framework.
     */
    static final String JDK_CRYPTO = "javax.crypto..";

    /** The one stateful helper: it holds the pseudonym key, so it is no static-only utility. */
    static final String KEYED_HELPER = SubjectPseudonym.class.getName();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.kelisim.contracts");

    @Test
    @DisplayName("contracts never depend on a framework (Jakarta, Quarkus, SmallRye, MicroProfile, Jackson, Hibernate, Vert.x)")
    void contracts_know_no_framework() {
        noClasses().that().resideInAPackage("kz.kelisim.contracts..")
                .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORKS).and(not(resideInAPackage(JDK_CRYPTO)))
                        .as("reside in a framework package " + String.join(", ", FRAMEWORKS)
                                + " (the JDK's " + JDK_CRYPTO + " allowed)"))
                .because("every service serializes and reads these events; a framework type in them would tie"
                        + " each service to that framework and its version")
                .check(CLASSES);
    }

    @Test
    @DisplayName("every top-level type in contracts is a record, an enum, an interface or a final static-only utility")
    void contracts_are_plain_records() {
        classes().that().resideInAPackage("kz.kelisim.contracts..")
                .and().areTopLevelClasses()
                .and().doNotHaveFullyQualifiedName(KEYED_HELPER)
                .should(beARecordAnEnumAnInterfaceOrAStaticUtility())
                .because("an event is data: an immutable record that any service can read and write as JSON,"
                        + " with no behaviour or state hidden in a class")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beARecordAnEnumAnInterfaceOrAStaticUtility() {
        return new ArchCondition<>("be a record, an enum, an interface, or a final class with only static members") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean plain = type.isRecord() || type.isEnum() || type.isInterface() || isStaticUtility(type);
                events.add(new SimpleConditionEvent(type, plain, type.getName()
                        + (plain ? " is plain" : " is neither a record, an enum, an interface, nor a final class"
                                + " with a private constructor and only static fields and methods")));
            }
        };
    }

    private static boolean isStaticUtility(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.FINAL)
                && type.getConstructors().stream().allMatch(ArchitectureTest::isPrivate)
                && type.getFields().stream().allMatch(ArchitectureTest::isStatic)
                && type.getMethods().stream().allMatch(ArchitectureTest::isStatic);
    }

    private static boolean isPrivate(JavaConstructor constructor) {
        return constructor.getModifiers().contains(JavaModifier.PRIVATE);
    }

    private static boolean isStatic(JavaField field) {
        return field.getModifiers().contains(JavaModifier.STATIC);
    }

    private static boolean isStatic(JavaMethod method) {
        return method.getModifiers().contains(JavaModifier.STATIC);
    }
}

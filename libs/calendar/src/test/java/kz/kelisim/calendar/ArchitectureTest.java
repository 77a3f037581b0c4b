package kz.kelisim.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** libs/calendar's boundary, checked on its compiled classes: plain Java, no framework. */
class ArchitectureTest {

    static final String[] FRAMEWORKS = {
            "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "org.eclipse.microprofile..",
            "com.fasterxml..", "org.hibernate..", "io.vertx.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.kelisim.calendar");

    @Test
    @DisplayName("the calendar never depends on a framework (Jakarta, Quarkus, SmallRye, MicroProfile, Jackson, Hibernate, Vert.x)")
    void calendar_knows_no_framework() {
        noClasses().that().resideInAPackage("kz.kelisim.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("every service, the portal and the tests count working days with the same plain-Java"
                        + " calendar, which must run anywhere without a container")
                .check(CLASSES);
    }

    @Test
    @DisplayName("the calendar depends only on the JDK's java.. packages and its own")
    void calendar_uses_only_the_jdk() {
        classes().that().resideInAPackage("kz.kelisim.calendar..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "kz.kelisim.calendar..")
                .because("the calendar is plain Java: a new dependency would reach every module that counts a term")
                .check(CLASSES);
    }
}

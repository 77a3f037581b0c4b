package kz.kelisim.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The portal's boundary, checked on its compiled classes (plain JUnit 5, no Quarkus). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.kelisim.portal");

    @Test
    @DisplayName("the portal never depends on a service's code: it calls their REST APIs through its own clients")
    void portal_never_imports_a_service() {
        noClasses().that().resideInAPackage("kz.kelisim.portal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "kz.kelisim.consent..", "kz.kelisim.objection..", "kz.kelisim.notification..")
                .because("the portal keeps no data of its own and talks to each service only over HTTP with the"
                        + " user's token, with its own view types in kz.kelisim.portal.clients")
                .check(CLASSES);
    }
}

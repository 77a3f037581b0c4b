package kz.kelisim.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The boundaries every service keeps, as ArchUnit rules over its compiled classes (no Quarkus needed):
 * services never import each other, the domain (the classes of the service's root package, not its
 * sub-packages) knows nothing of REST or HTTP, and REST resources never reach the database through an
 * {@code EntityManager}. Each service's {@code ArchitectureTest} checks them for its own package.
 */
public final class ServiceBoundaries {

    private static final List<String> SERVICES = List.of("kz.kelisim.consent", "kz.kelisim.objection",
            "kz.kelisim.notification", "kz.kelisim.portal");

    private final String root;
    private final JavaClasses classes;

    private ServiceBoundaries(String root) {
        this.root = root;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** The rules for the service whose root package is {@code root}, e.g. {@code kz.kelisim.consent}. */
    public static ServiceBoundaries of(String root) {
        return new ServiceBoundaries(root);
    }

    public void servicesNeverImportEachOther() {
        noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICES.stream().filter(s -> !s.equals(root)).map(s -> s + "..").toArray(String[]::new))
                .because("services talk to each other only through the events in libs/contracts, and the portal"
                        + " only through their REST APIs, so a service can change its code without breaking another")
                .check(classes);
    }

    public void domainKnowsNoRest() {
        noClasses().that().resideInAPackage(root)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..rest..", "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.core.http..",
                        "kz.kelisim.kit.problem..")
                .because("the domain's rules hold whatever the transport; the rest package adapts HTTP to the"
                        + " domain, never the other way round. A rule refuses with kz.kelisim.kit.domain.Rejection,"
                        + " which names no HTTP status; the kit maps it to problem+json")
                .check(classes);
    }

    public void restNeverUsesTheEntityManager() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("queries and transactions belong to the service and repository packages, so a"
                        + " resource stays a thin adapter from HTTP to a service call")
                .check(classes);
    }
}

package org.expensetracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The architecture rules, written against a root package so that the same rules run on the
 * production code (they must hold) and on a deliberately broken fixture tree (each must fail).
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static Map<String, ArchRule> forRoot(String root) {
    String domain = root + ".domain..";
    String application = root + ".application..";
    String http = root + ".adapters.http..";
    String persistence = root + ".adapters.persistence..";
    String identity = root + ".adapters.identity..";
    String bootstrap = root + ".bootstrap..";
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    // javax.crypto is part of java.base: the OTP rules need HMAC and nothing outside the JDK.
    String jdkCrypto = "javax.crypto..";
    rules.put(
        "domain depends on the JDK only",
        classes()
            .that()
            .resideInAPackage(domain)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", jdkCrypto, domain));
    rules.put(
        "application depends on the JDK and the domain only",
        classes()
            .that()
            .resideInAPackage(application)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", domain, application));
    rules.put(
        "dependencies point inwards; adapters never depend on each other",
        onionArchitecture()
            .domainModels(domain)
            .applicationServices(application)
            .adapter("http", http)
            .adapter("persistence", persistence)
            .adapter("identity", identity)
            .withOptionalLayers(true)
            // bootstrap wires the adapters together; it is the one place allowed to see them all.
            .ignoreDependency(
                JavaClass.Predicates.resideInAPackage(bootstrap), DescribedPredicate.alwaysTrue()));
    rules.put(
        "nothing depends on bootstrap",
        noClasses()
            .that()
            .resideOutsideOfPackage(bootstrap)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(bootstrap));
    rules.put(
        "Javalin, Jackson and java-jwt stay in the HTTP adapter",
        noClasses()
            .that()
            .resideOutsideOfPackages(http, bootstrap)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.javalin..", "com.fasterxml.jackson..", "com.auth0..", "org.eclipse.jetty.."));
    rules.put(
        "Jdbi, JDBC, Hikari and Flyway stay in the persistence adapter",
        noClasses()
            .that()
            .resideOutsideOfPackages(persistence, bootstrap)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.jdbi..",
                "java.sql..",
                "javax.sql..",
                "com.zaxxer..",
                "org.flywaydb..",
                "org.postgresql.."));
    rules.put(
        "bcrypt and mail stay in the identity adapter",
        noClasses()
            .that()
            .resideOutsideOfPackages(identity, bootstrap)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("at.favre..", "jakarta.mail..", "org.eclipse.angus.."));
    rules.put(
        "ports are interfaces",
        classes()
            .that()
            .resideInAnyPackage(root + ".application.port.in..", root + ".application.port.out..")
            .and()
            .areTopLevelClasses()
            .and()
            .areNotAssignableTo(Throwable.class)
            .and()
            .areNotRecords() // commands, queries and views that use cases take and return
            .should()
            .beInterfaces());
    rules.put(
        "domain classes have no public setters",
        noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(domain)
            .and()
            .arePublic()
            .should()
            .haveNameMatching("set[A-Z].*"));
    rules.put(
        "every class belongs to a known ring (guards against rules that match nothing)",
        classes()
            .should()
            .resideInAnyPackage(domain, application, http, persistence, identity, bootstrap));
    return rules;
  }
}

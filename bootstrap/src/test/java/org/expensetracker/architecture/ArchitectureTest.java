package org.expensetracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Enforces the hexagonal architecture; lives in bootstrap, the only module that sees every class.
 */
class ArchitectureTest {
  private static final String ROOT = "org.expensetracker";
  private static final String FIXTURES = "org.expensetracker.archfixtures";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // In a reactor build sibling test-jars arrive as *-tests.jar, which the option above
          // misses.
          .withImportOption(
              location -> !location.asURI().toString().matches(".*(-tests\\.jar|/test-classes/).*"))
          .importPackages(ROOT);
  private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURES);

  @TestFactory
  Stream<DynamicTest> productionCodeFollowsEveryRule() {
    return ArchitectureRules.forRoot(ROOT).entrySet().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(PRODUCTION)));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleCatchesItsViolatingFixture() {
    return ArchitectureRules.forRoot(FIXTURES).entrySet().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.getKey(),
                    () -> {
                      ArchRule archRule = rule.getValue();
                      assertThat(archRule.evaluate(BROKEN).hasViolation())
                          .as("rule '%s' must fail on the broken fixtures", rule.getKey())
                          .isTrue();
                    }));
  }

  @Test
  void theProductionImportSeesEveryModule() {
    for (String ring :
        new String[] {
          "domain",
          "application",
          "adapters.http",
          "adapters.persistence",
          "adapters.identity",
          "bootstrap"
        }) {
      assertThat(
              PRODUCTION.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + ring)))
          .as("classes of %s are imported", ring)
          .isTrue();
    }
  }
}

package org.expensetracker.adapters.persistence.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that runs against the shared embedded PostgreSQL, emptied before the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresTest.ResetBeforeClass.class)
public @interface PostgresTest {

  /** Empties the database before each test class. */
  final class ResetBeforeClass implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      TestDatabase.reset();
    }
  }
}

package org.expensetracker.adapters.persistence;

import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.application.testing.OtpStoreContract;
import org.expensetracker.application.testing.RateLimitsContract;
import org.junit.jupiter.api.Nested;

@PostgresTest
class JdbiIdentityContractsTest {
  @Nested
  class OtpStoreOnPostgres extends OtpStoreContract {
    @Override
    protected OtpStore store() {
      return TestDatabase.storage().otpStore();
    }
  }

  @Nested
  class RateLimitsOnPostgres extends RateLimitsContract {
    @Override
    protected RateLimits limits() {
      return TestDatabase.storage().rateLimits();
    }
  }
}

package org.expensetracker.application.testing;

import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.application.port.out.RateLimits;
import org.junit.jupiter.api.Nested;

class InMemoryIdentityContractsTest {
  @Nested
  class OtpStoreInMemory extends OtpStoreContract {
    private final InMemoryOtpStore store = new InMemoryOtpStore();

    @Override
    protected OtpStore store() {
      return store;
    }
  }

  @Nested
  class RateLimitsInMemory extends RateLimitsContract {
    private final InMemoryRateLimits limits = new InMemoryRateLimits();

    @Override
    protected RateLimits limits() {
      return limits;
    }
  }
}

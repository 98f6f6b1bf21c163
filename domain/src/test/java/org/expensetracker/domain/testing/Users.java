package org.expensetracker.domain.testing;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.expensetracker.domain.identity.UserId;

/** Test users with fixed ids whose order matches their names: alice < bob < carol < dave < erin. */
public final class Users {
  private Users() {}

  public static UserId alice() {
    return id("a11ce000-0000-4000-8000-000000000000");
  }

  public static UserId bob() {
    return id("b0b00000-0000-4000-8000-000000000000");
  }

  public static UserId carol() {
    return id("ca401000-0000-4000-8000-000000000000");
  }

  public static UserId dave() {
    return id("da7e0000-0000-4000-8000-000000000000");
  }

  public static UserId erin() {
    return id("e4100000-0000-4000-8000-000000000000");
  }

  /** The n-th user of a numbered pool; {@code user(i) < user(j)} exactly when {@code i < j}. */
  public static UserId user(int n) {
    return new UserId(new UUID(0x0000_0000_0000_4000L, 0x8000_0000_0000_0000L | n));
  }

  /** Any user id at all, including ones whose signed and string orders disagree. */
  public static Arbitrary<UserId> anyUserId() {
    return Arbitraries.randomValue(
        random -> new UserId(new UUID(random.nextLong(), random.nextLong())));
  }

  private static UserId id(String uuid) {
    return new UserId(UUID.fromString(uuid));
  }
}

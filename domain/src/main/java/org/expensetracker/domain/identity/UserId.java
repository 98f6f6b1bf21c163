package org.expensetracker.domain.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a user. Ordered like the canonical strings ({@code toString()}), which is the order
 * every deterministic tie-break in the domain uses.
 */
public record UserId(UUID value) implements Comparable<UserId> {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Orders as the lower-case UUID strings would, which differs from {@link UUID#compareTo} (that
   * one compares signed halves). Unsigned comparison of the two halves gives the string order
   * without building the strings.
   */
  @Override
  public int compareTo(UserId other) {
    int high =
        Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(
            value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

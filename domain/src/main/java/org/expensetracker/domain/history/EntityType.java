package org.expensetracker.domain.history;

import java.util.Locale;
import java.util.Optional;

/** The kinds of things a workspace's history records. */
public enum EntityType {
  WORKSPACE,
  MEMBER,
  EXPENSE,
  SETTLEMENT;

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EntityType> fromWireName(String name) {
    for (EntityType type : values()) {
      if (type.wireName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

package org.expensetracker.domain.history;

import java.util.Locale;
import java.util.Optional;

/** What happened to an entity. */
public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED,
  RESTORED,
  ROLE_CHANGED;

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AuditAction> fromWireName(String name) {
    for (AuditAction action : values()) {
      if (action.wireName().equals(name)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}

package org.expensetracker.domain.workspace;

import java.util.Locale;
import java.util.Optional;

/** A member's role in a workspace, from most to least powerful. */
public enum Role {
  OWNER,
  ADMIN,
  MEMBER,
  VIEWER;

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWireName(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package org.expensetracker.domain.workspace;

import java.util.Locale;
import java.util.Optional;
import org.expensetracker.domain.shared.InvalidInput;

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

  /**
   * Parses a role a member can be given ({@code admin}, {@code member}, {@code viewer}), reporting
   * problems under {@code field}. {@code owner} is refused: ownership moves only by a transfer.
   */
  public static Role assignable(String name, String field) {
    Role role =
        fromWireName(name)
            .orElseThrow(() -> new InvalidInput(field, "must be one of admin, member, viewer"));
    if (role == OWNER) {
      throw new InvalidInput(
          field, "must be admin, member or viewer; ownership moves only by a transfer");
    }
    return role;
  }
}

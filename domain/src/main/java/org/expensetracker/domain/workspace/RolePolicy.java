package org.expensetracker.domain.workspace;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.expensetracker.domain.shared.Forbidden;

/**
 * The one table of role → allowed actions. Each role has everything the role below it has, plus its
 * own; the table is spelled out so a reviewer can read it in one place.
 */
public final class RolePolicy {
  private static final Set<Action> VIEWER = EnumSet.of(Action.VIEW_WORKSPACE);
  private static final Set<Action> MEMBER =
      with(VIEWER, Action.CREATE_EXPENSE, Action.EDIT_OWN_EXPENSE, Action.RECORD_OWN_SETTLEMENT);
  private static final Set<Action> ADMIN =
      with(
          MEMBER,
          Action.EDIT_ANY_EXPENSE,
          Action.RECORD_ANY_SETTLEMENT,
          Action.ADD_MEMBER,
          Action.REMOVE_MEMBER,
          Action.CHANGE_ROLE,
          Action.RENAME_WORKSPACE,
          Action.CHANGE_CURRENCY,
          Action.MANAGE_EXCHANGE_RATES);
  private static final Set<Action> OWNER =
      with(ADMIN, Action.DELETE_WORKSPACE, Action.TRANSFER_OWNERSHIP, Action.MANAGE_ADMINS);

  private static final Map<Role, Set<Action>> ALLOWED = new EnumMap<>(Role.class);

  static {
    ALLOWED.put(Role.VIEWER, VIEWER);
    ALLOWED.put(Role.MEMBER, MEMBER);
    ALLOWED.put(Role.ADMIN, ADMIN);
    ALLOWED.put(Role.OWNER, OWNER);
  }

  private RolePolicy() {}

  public static boolean allows(Role role, Action action) {
    return ALLOWED.get(role).contains(action);
  }

  /** Throws {@link Forbidden} unless the role allows the action. */
  public static void require(Role role, Action action) {
    if (!allows(role, action)) {
      throw new Forbidden("Your role '" + role.wireName() + "' does not allow this action");
    }
  }

  private static Set<Action> with(Set<Action> base, Action... more) {
    Set<Action> all = EnumSet.copyOf(base);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }
}

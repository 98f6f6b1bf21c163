package org.expensetracker.domain.workspace;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.expensetracker.domain.shared.Forbidden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RolePolicyTest {
  /**
   * The table written out by hand, not derived from the code under test: which roles
   * (Owner, Admin, Member, Viewer) may do each action.
   */
  private static final Map<Action, String> ALLOWED =
      Map.ofEntries(
          entry(Action.VIEW_WORKSPACE, "OAMV"),
          entry(Action.CREATE_EXPENSE, "OAM"),
          entry(Action.EDIT_OWN_EXPENSE, "OAM"),
          entry(Action.RECORD_OWN_SETTLEMENT, "OAM"),
          entry(Action.EDIT_ANY_EXPENSE, "OA"),
          entry(Action.RECORD_ANY_SETTLEMENT, "OA"),
          entry(Action.ADD_MEMBER, "OA"),
          entry(Action.REMOVE_MEMBER, "OA"),
          entry(Action.CHANGE_ROLE, "OA"),
          entry(Action.RENAME_WORKSPACE, "OA"),
          entry(Action.CHANGE_CURRENCY, "OA"),
          entry(Action.MANAGE_EXCHANGE_RATES, "OA"),
          entry(Action.DELETE_WORKSPACE, "O"),
          entry(Action.TRANSFER_OWNERSHIP, "O"),
          entry(Action.MANAGE_ADMINS, "O"));

  static Stream<Arguments> everyRoleAndAction() {
    return Arrays.stream(Role.values())
        .flatMap(role -> Arrays.stream(Action.values()).map(action -> Arguments.of(role, action)));
  }

  @Test
  void theTableCoversEveryAction() {
    assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(Action.values());
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyRoleAndAction")
  void eachRoleMayDoExactlyTheActionsOfTheTable(Role role, Action action) {
    boolean expected = ALLOWED.get(action).indexOf(role.name().charAt(0)) >= 0;

    assertThat(RolePolicy.allows(role, action)).isEqualTo(expected);
    if (expected) {
      assertThatCode(() -> RolePolicy.require(role, action)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> RolePolicy.require(role, action))
          .isInstanceOf(Forbidden.class)
          .hasMessageContaining(role.wireName());
    }
  }

  @Test
  void membershipAsksThePolicy() {
    Membership viewer =
        new Membership(
            new WorkspaceId(java.util.UUID.randomUUID()),
            org.expensetracker.domain.testing.Users.alice(),
            Role.VIEWER,
            Workspace.DEFAULT_CURRENCY);

    assertThat(viewer.allows(Action.VIEW_WORKSPACE)).isTrue();
    assertThatThrownBy(() -> viewer.require(Action.CREATE_EXPENSE)).isInstanceOf(Forbidden.class);
  }
}

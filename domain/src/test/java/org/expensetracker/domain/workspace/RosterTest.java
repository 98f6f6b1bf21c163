package org.expensetracker.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final Currency CHF = Currency.getInstance("CHF");
  private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
  private final UserId admin = new UserId(UUID.randomUUID());
  private final UserId stranger = new UserId(UUID.randomUUID());

  @Test
  void aCurrentMemberHasTheMembershipOfTheirRoleInTheWorkspaceCurrency() {
    Roster roster = new Roster(workspace, CHF, Map.of(admin, Role.ADMIN));

    assertThat(roster.membershipOf(admin))
        .contains(new Membership(workspace, admin, Role.ADMIN, CHF));
  }

  @Test
  void someoneNotOnTheRosterHasNoMembership() {
    Roster roster = new Roster(workspace, CHF, Map.of(admin, Role.ADMIN));

    assertThat(roster.membershipOf(stranger)).isEmpty();
  }

  @Test
  void theRosterKeepsTheRolesItWasGivenWhateverHappensToTheMapLater() {
    Map<UserId, Role> roles = new HashMap<>(Map.of(admin, Role.ADMIN));
    Roster roster = new Roster(workspace, CHF, roles);

    roles.put(stranger, Role.OWNER);

    assertThat(roster.roles()).containsOnlyKeys(admin);
    assertThatThrownBy(() -> roster.roles().put(stranger, Role.VIEWER))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

@PostgresTest
class JdbiMembershipsTest {
  private final PostgresStorage storage = TestDatabase.storage();

  @Test
  void aMemberGetsTheirRoleAndTheWorkspaceCurrencyAndOthersNothing() {
    Currency jpy = Currency.getInstance("JPY");
    WorkspaceId ws = SqlFixtures.workspace(storage, jpy);
    WorkspaceId other = SqlFixtures.workspace(storage, jpy);
    UserId alice = SqlFixtures.user(storage, "Alice");
    SqlFixtures.member(storage, ws, alice, Role.ADMIN);

    assertThat(storage.memberships().find(ws, alice))
        .contains(new Membership(ws, alice, Role.ADMIN, jpy));
    assertThat(storage.memberships().find(other, alice)).isEmpty();
    assertThat(storage.memberships().find(ws, SqlFixtures.user(storage, "Bob"))).isEmpty();
  }
}

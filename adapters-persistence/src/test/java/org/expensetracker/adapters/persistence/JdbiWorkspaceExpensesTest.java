package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

@PostgresTest
class JdbiWorkspaceExpensesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private final PostgresStorage storage = TestDatabase.storage();
  private final JdbiTransactions tx = SqlFixtures.tx(storage);

  private void expense(WorkspaceId ws) {
    UserId payer = SqlFixtures.user(storage, "Payer");
    UUID id = UUID.randomUUID();
    tx.inTransaction(
        () -> {
          insertExpense(ws, id, payer);
          tx.withHandle(
              h ->
                  h.createUpdate(
                          """
                          insert into expense_shares (workspace_id, expense_id, user_id,
                                                      paid_minor, owed_minor, in_split)
                          values (:ws, :id, :payer, 1250, 1250, true)
                          """)
                      .bind("ws", ws.value())
                      .bind("id", id)
                      .bind("payer", payer.value())
                      .execute());
          return null;
        });
  }

  private void insertExpense(WorkspaceId ws, UUID id, UserId payer) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into expenses (workspace_id, id, amount_minor, currency, description,
                                          category, spent_at, paid_by, created_by, created_at,
                                          updated_at)
                    values (:ws, :id, 1250, 'USD', 'Milk', 'food', date '2026-11-20', :payer,
                            :payer, now(), now())
                    """)
                .bind("ws", ws.value())
                .bind("id", id)
                .bind("payer", payer.value())
                .execute());
  }

  @Test
  void expensesExistOnlyWhereOneWasRecorded() {
    WorkspaceId with = SqlFixtures.workspace(storage, USD);
    WorkspaceId without = SqlFixtures.workspace(storage, USD);
    expense(with);

    assertThat(storage.workspaceExpenses().exist(with)).isTrue();
    assertThat(storage.workspaceExpenses().exist(without)).isFalse();
    assertThat(storage.workspaceExpenses().exist(new WorkspaceId(UUID.randomUUID()))).isFalse();
  }

  @Test
  void aCurrencyChangeRacingAnExpenseIsAConflictNotAnError() {
    WorkspaceId ws = SqlFixtures.workspace(storage, USD);

    // The use case looked (no expenses yet), then an expense landed before its update.
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .run(
                        () -> {
                          Workspace w = storage.workspaces().lock(ws).orElseThrow();
                          expense(ws);
                          UserId owner = w.owner().user();
                          storage
                              .workspaces()
                              .save(
                                  w.changeCurrency(
                                      owner, Currency.getInstance("EUR"), () -> false));
                        }))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("currency-fixed"));
    assertThat(storage.memberships().find(ws, owner(ws)).orElseThrow().currency()).isEqualTo(USD);
  }

  private UserId owner(WorkspaceId ws) {
    return storage
        .transactions()
        .inTransaction(() -> storage.workspaces().lock(ws))
        .orElseThrow()
        .owner()
        .user();
  }

  @Test
  void theDatabaseRefusesAnExpenseWhoseSharesDoNotAddUp() {
    WorkspaceId ws = SqlFixtures.workspace(storage, USD);
    UserId payer = SqlFixtures.user(storage, "Payer");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> {
                      insertExpense(ws, UUID.randomUUID(), payer);
                      return null;
                    }))
        .rootCause()
        .hasMessageContaining("does not add up");
    assertThat(tx.inTransaction(() -> storage.workspaceExpenses().exist(ws))).isFalse();
  }
}

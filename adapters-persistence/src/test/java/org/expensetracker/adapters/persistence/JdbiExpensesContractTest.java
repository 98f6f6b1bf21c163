package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.testing.ExpensesContract;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

@PostgresTest
class JdbiExpensesContractTest extends ExpensesContract {
  private final PostgresStorage storage = TestDatabase.storage();

  @Override
  protected Expenses expenses() {
    return storage.expenses();
  }

  @Override
  protected Transactions transactions() {
    return storage.transactions();
  }

  @Override
  protected WorkspaceId newWorkspace(Currency currency) {
    return SqlFixtures.workspace(storage, currency);
  }

  @Override
  protected UserId newUser(String fullName) {
    return SqlFixtures.user(storage, fullName);
  }

  @Override
  protected Memberships memberships() {
    return storage.memberships();
  }

  @Override
  protected void join(WorkspaceId workspace, UserId user, Role role) {
    SqlFixtures.member(storage, workspace, user, role);
  }

  /** A core may take its memberships from another adapter: then those are the ones asked. */
  @Test
  void withAnotherAdaptersMembershipsTheReadersListAsksThem() {
    Expense e = stored(expense(ws, "4.00", "Food", LocalDate.of(2026, 11, 3), alice));
    SqlFixtures.member(storage, ws, bob, Role.MEMBER); // in the database, not in the fake
    FakeMemberships elsewhere =
        new FakeMemberships().workspace(ws, USD).member(ws, alice, Role.VIEWER);
    Function<UserId, Optional<Expenses.ReaderPage>> read =
        user ->
            storage
                .transactions()
                .reading(
                    () ->
                        expenses()
                            .listAsReader(
                                elsewhere,
                                new Expenses.ReaderQuery(
                                    user,
                                    ws,
                                    ExpenseFilter.all(),
                                    ExpenseSort.DEFAULT,
                                    Optional.empty()),
                                10));

    assertThat(read.apply(alice))
        .contains(new Expenses.ReaderPage(new Membership(ws, alice, Role.VIEWER, USD), List.of(e)));
    assertThat(read.apply(bob)).isEmpty();
  }
}

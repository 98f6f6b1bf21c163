package org.expensetracker.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.MemberBalance;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.testing.FakeReferenceRates;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExchangeRates;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;
import org.expensetracker.application.testing.InMemoryWorkspaces;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * The whole core on in-memory ports, with helpers to set up a workspace of named people and to
 * record expenses and settlements the way a client would.
 */
final class SharedExpensesTestbed {
  static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
  final InMemoryUsers users = new InMemoryUsers();
  final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(users);
  final InMemoryExpenses expenses = new InMemoryExpenses();
  final InMemorySettlements settlements = new InMemorySettlements();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final InMemoryExchangeRates rates = new InMemoryExchangeRates();
  final FakeReferenceRates reference = new FakeReferenceRates();
  final ExpenseTracker core =
      IdentityFakes.withUsers(ExpenseTracker.builder(), users)
          .transactions(new InMemoryTransactions())
          .clock(clock)
          .memberships(workspaces)
          .workspaces(workspaces)
          .workspaceExpenses(expenses)
          .expenses(expenses)
          .idempotencyKeys(new InMemoryIdempotencyKeys())
          .settlements(settlements)
          .ledger(new InMemoryLedger(expenses, settlements, workspaces::usersOf))
          .auditTrail(audit)
          .exchangeRates(rates)
          .referenceRates(reference)
          .build();

  UserId person(String name) {
    User user =
        User.register(
            new UserId(UUID.randomUUID()),
            new Email(name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com"),
            new FullName(name),
            new PasswordHash("$2a$10$x"),
            true,
            clock.instant());
    users.add(user);
    expenses.knowUser(user.id(), name);
    return user.id();
  }

  /** A workspace owned by {@code owner} with the others added in the given roles. */
  WorkspaceId workspace(String currency, UserId owner, Map<UserId, String> others) {
    WorkspaceId ws =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(owner, "Trip", currency))
            .id();
    others.forEach(
        (user, role) ->
            core.addMember()
                .add(
                    AddMemberUseCase.Command.parse(
                        new Scope(ws, owner),
                        users.byId(user).orElseThrow().email().value(),
                        role)));
    return ws;
  }

  Expense spend(
      WorkspaceId ws, UserId by, String amount, Optional<PaidBy> paidBy, Optional<Split> split) {
    return core.createExpense()
        .create(
            new CreateExpense(
                ws, by, new BigDecimal(amount), "Dinner", "Food", DAY, paidBy, split, null));
  }

  Expense spend(WorkspaceId ws, UserId by, String amount) {
    return spend(ws, by, amount, Optional.empty(), Optional.empty());
  }

  Settlement settle(WorkspaceId ws, UserId by, UserId from, UserId to, String amount) {
    return core.recordSettlement()
        .record(
            new RecordSettlementUseCase.Command(
                new Scope(ws, by), from, to, new BigDecimal(amount), null, Optional.empty()));
  }

  /** Each person's net as text, e.g. {@code "7.50"} or {@code "-2.50"}. */
  Map<UserId, String> nets(WorkspaceId ws, UserId reader) {
    return core.balances().balances(new Scope(ws, reader)).members().stream()
        .collect(Collectors.toMap(MemberBalance::user, b -> b.net().toString()));
  }

  List<MemberBalance> balances(WorkspaceId ws, UserId reader) {
    return core.balances().balances(new Scope(ws, reader)).members();
  }
}

package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.DeleteExpenseUseCase.DeleteExpense;
import org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.PatchExpenseUseCase.PatchExpense;
import org.expensetracker.application.port.in.SummarizeExpensesUseCase.SummarizeExpenses;
import org.expensetracker.application.testing.FakeMemberships;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.FieldError;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.PreconditionFailed;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class ExpenseUseCasesTest {
  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate DAY = LocalDate.of(2026, 11, 5);

  final MutableClock clock = MutableClock.at("2026-11-05T12:00:00Z");
  final FakeMemberships memberships = new FakeMemberships();
  final InMemoryExpenses expenses = new InMemoryExpenses();
  final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  final InMemorySettlements settlements = new InMemorySettlements();
  final ExpenseTracker core =
      ExpenseTracker.builder()
          .transactions(new InMemoryTransactions())
          .clock(clock)
          .memberships(memberships)
          .expenses(expenses)
          .idempotencyKeys(keys)
          .ledger(new InMemoryLedger(expenses, settlements, memberships::usersOf))
          .settlements(settlements)
          .auditTrail(new InMemoryAuditTrail())
          .build();

  final WorkspaceId ws = new WorkspaceId(UUID.randomUUID());
  final WorkspaceId otherWs = new WorkspaceId(UUID.randomUUID());
  final UserId owner = user();
  final UserId admin = user();
  final UserId member = user();
  final UserId otherMember = user();
  final UserId viewer = user();
  final UserId stranger = user();

  ExpenseUseCasesTest() {
    memberships
        .workspace(ws, USD)
        .member(ws, owner, Role.OWNER)
        .member(ws, admin, Role.ADMIN)
        .member(ws, member, Role.MEMBER)
        .member(ws, otherMember, Role.MEMBER)
        .member(ws, viewer, Role.VIEWER)
        .workspace(otherWs, USD)
        .member(otherWs, member, Role.MEMBER)
        .member(otherWs, stranger, Role.OWNER);
  }

  static UserId user() {
    return new UserId(UUID.randomUUID());
  }

  CreateExpense create(UserId actor, String amount) {
    return new CreateExpense(
        ws,
        actor,
        new BigDecimal(amount),
        "Dinner",
        "Food",
        DAY,
        Optional.empty(),
        Optional.empty(),
        null);
  }

  Expense recorded(UserId actor, String amount) {
    return core.createExpense().create(create(actor, amount));
  }

  PatchExpense patch(UserId actor, Expense e, ExpensePatch patch) {
    return new PatchExpense(ws, actor, e.id(), OptionalLong.empty(), patch);
  }

  @Test
  void aMemberRecordsAnExpensePaidByThemselvesByDefault() {
    Expense e = recorded(member, "12.5");

    assertThat(e.amount().toString()).isEqualTo("12.50");
    assertThat(e.soloPayer()).contains(member);
    assertThat(e.createdBy()).isEqualTo(member);
    assertThat(e.version()).isEqualTo(1);
    assertThat(core.getExpense().get(new GetExpense(ws, viewer, e.id()))).isEqualTo(e);
  }

  @Test
  void aViewerCannotRecordAnExpenseEvenWithAnInvalidBody() {
    assertThatThrownBy(() -> recorded(viewer, "1.00")).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> recorded(viewer, "-1")).isInstanceOf(Forbidden.class);
  }

  @Test
  void aNonMemberGetsTheSameNotFoundAsForAMissingWorkspace() {
    Expense e = recorded(member, "1.00");
    List<ThrowingCallable> calls =
        List.of(
            () -> recorded(stranger, "1.00"),
            () -> core.getExpense().get(new GetExpense(ws, stranger, e.id())),
            () -> core.patchExpense().patch(patch(stranger, e, ExpensePatch.none())),
            () ->
                core.deleteExpense()
                    .delete(new DeleteExpense(ws, stranger, e.id(), OptionalLong.empty())),
            () -> core.listExpenses().list(list(stranger, ExpenseFilter.all(), 10)),
            () ->
                core.summarizeExpenses()
                    .summarize(
                        new SummarizeExpenses(ws, stranger, Optional.empty(), Optional.empty())));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(NotFound.class).hasMessage("Workspace not found");
    }
    WorkspaceId missing = new WorkspaceId(UUID.randomUUID());
    assertThatThrownBy(() -> core.getExpense().get(new GetExpense(missing, member, e.id())))
        .isInstanceOf(NotFound.class)
        .hasMessage("Workspace not found");
  }

  @Test
  void anExpenseOfAnotherWorkspaceIsNotFoundUnderThisWorkspace() {
    Expense e = recorded(member, "1.00");
    assertThatThrownBy(() -> core.getExpense().get(new GetExpense(otherWs, member, e.id())))
        .isInstanceOf(NotFound.class)
        .hasMessage("Expense not found");
    assertThatThrownBy(
            () ->
                core.patchExpense()
                    .patch(
                        new PatchExpense(
                            otherWs,
                            member,
                            e.id(),
                            OptionalLong.empty(),
                            ExpensePatch.none().withCategory("x"))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                core.deleteExpense()
                    .delete(new DeleteExpense(otherWs, member, e.id(), OptionalLong.empty())))
        .isInstanceOf(NotFound.class);
    assertThat(expenses.find(ws, e.id())).contains(e);
  }

  @Test
  void thePayerMustBeAMemberOfTheWorkspace() {
    CreateExpense paidByStranger =
        new CreateExpense(
            ws,
            member,
            BigDecimal.TEN,
            "Dinner",
            "Food",
            DAY,
            Optional.of(new PaidBy.One(stranger)),
            Optional.empty(),
            null);
    assertThatThrownBy(() -> core.createExpense().create(paidByStranger))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");

    CreateExpense paidByAdmin =
        new CreateExpense(
            ws,
            member,
            BigDecimal.TEN,
            "Dinner",
            "Food",
            DAY,
            Optional.of(new PaidBy.One(admin)),
            Optional.empty(),
            null);
    assertThat(core.createExpense().create(paidByAdmin).soloPayer()).contains(admin);

    Expense e = recorded(member, "1.00");
    assertThatThrownBy(
            () ->
                core.patchExpense()
                    .patch(
                        patch(member, e, ExpensePatch.none().withPaidBy(new PaidBy.One(stranger)))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void everyInvalidFieldIsReportedAndNothingIsStored() {
    CreateExpense bad =
        new CreateExpense(
            ws,
            member,
            new BigDecimal("12.345"),
            " ",
            "",
            DAY,
            Optional.empty(),
            Optional.empty(),
            null);
    assertThatThrownBy(() -> core.createExpense().create(bad))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("amount", "description", "category"));
    assertThat(core.listExpenses().list(list(member, ExpenseFilter.all(), 10)).items()).isEmpty();
  }

  @Test
  void aMemberChangesTheirOwnExpenseButNotSomeoneElses() {
    Expense mine = recorded(member, "10.00");
    Expense theirs = recorded(otherMember, "10.00");

    Expense changed =
        core.patchExpense().patch(patch(member, mine, ExpensePatch.none().withCategory("Fun")));
    assertThat(changed.category()).isEqualTo("Fun");
    assertThat(changed.version()).isEqualTo(2);

    assertThatThrownBy(
            () ->
                core.patchExpense()
                    .patch(patch(member, theirs, ExpensePatch.none().withCategory("Fun"))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                core.deleteExpense()
                    .delete(new DeleteExpense(ws, member, theirs.id(), OptionalLong.empty())))
        .isInstanceOf(Forbidden.class);
    assertThat(expenses.find(ws, theirs.id())).contains(theirs);
  }

  @Test
  void anAdminAndTheOwnerChangeAnyExpenseAndAViewerNone() {
    Expense e = recorded(member, "10.00");
    core.patchExpense().patch(patch(admin, e, ExpensePatch.none().withCategory("A")));
    core.patchExpense().patch(patch(owner, e, ExpensePatch.none().withCategory("B")));
    assertThatThrownBy(
            () ->
                core.patchExpense().patch(patch(viewer, e, ExpensePatch.none().withCategory("C"))))
        .isInstanceOf(Forbidden.class);
    assertThat(core.getExpense().get(new GetExpense(ws, viewer, e.id())).category()).isEqualTo("B");
    core.deleteExpense().delete(new DeleteExpense(ws, admin, e.id(), OptionalLong.empty()));
    assertThatThrownBy(() -> core.getExpense().get(new GetExpense(ws, member, e.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aChangeFromAStaleVersionIsRefusedAndChangesNothing() {
    Expense e = recorded(member, "10.00");
    core.patchExpense()
        .patch(
            new PatchExpense(
                ws, member, e.id(), OptionalLong.of(1), ExpensePatch.none().withCategory("Fun")));

    assertThatThrownBy(
            () ->
                core.patchExpense()
                    .patch(
                        new PatchExpense(
                            ws,
                            member,
                            e.id(),
                            OptionalLong.of(1),
                            ExpensePatch.none().withCategory("Lost"))))
        .isInstanceOf(PreconditionFailed.class);
    assertThatThrownBy(
            () ->
                core.deleteExpense()
                    .delete(new DeleteExpense(ws, member, e.id(), OptionalLong.of(1))))
        .isInstanceOf(PreconditionFailed.class);
    Expense now = core.getExpense().get(new GetExpense(ws, member, e.id()));
    assertThat(now.category()).isEqualTo("Fun");
    assertThat(now.version()).isEqualTo(2);
  }

  @Test
  void aPatchWithoutAnExpectedVersionAppliesOnTopOfTheLatest() {
    Expense e = recorded(member, "10.00");
    core.patchExpense().patch(patch(member, e, ExpensePatch.none().withCategory("Fun")));
    Expense latest =
        core.patchExpense().patch(patch(member, e, ExpensePatch.none().withNotes("late")));
    assertThat(latest.category()).isEqualTo("Fun");
    assertThat(latest.notes()).isEqualTo("late");
    assertThat(latest.version()).isEqualTo(3);
  }

  @Test
  void anEmptyPatchChangesNothingNotEvenTheVersion() {
    Expense e = recorded(member, "10.00");
    clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(core.patchExpense().patch(patch(member, e, ExpensePatch.none()))).isEqualTo(e);
  }

  @Test
  void pagesWalkEveryExpenseOnceAndTheLastHasNoNextPosition() {
    List<Expense> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      all.add(recorded(member, (i + 1) + ".00"));
      clock.advance(java.time.Duration.ofSeconds(1));
    }
    List<Expense> walked = new ArrayList<>();
    Optional<ExpensePosition> after = Optional.empty();
    int pages = 0;
    do {
      ListExpensesUseCase.Page page =
          core.listExpenses()
              .list(
                  new ListExpenses(
                      ws, viewer, ExpenseFilter.all(), ExpenseSort.AMOUNT_DESC, after, 3));
      walked.addAll(page.items());
      after = page.next();
      pages++;
    } while (after.isPresent());
    assertThat(pages).isEqualTo(3);
    assertThat(walked)
        .extracting(x -> x.amount().toString())
        .containsExactly("7.00", "6.00", "5.00", "4.00", "3.00", "2.00", "1.00");
  }

  @Test
  void anExactlyFullLastPageSaysThereIsNoMore() {
    recorded(member, "1.00");
    recorded(member, "2.00");
    ListExpensesUseCase.Page page = core.listExpenses().list(list(member, ExpenseFilter.all(), 2));
    assertThat(page.items()).hasSize(2);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void filteringBySomeoneUnknownHereIsNotFoundButAFormerMemberIsKnown() {
    recorded(otherMember, "1.00");
    ExpenseFilter byStranger = byPayer(stranger);
    assertThatThrownBy(() -> core.listExpenses().list(list(member, byStranger, 10)))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");

    memberships.remove(ws, otherMember);
    assertThat(core.listExpenses().list(list(member, byPayer(otherMember), 10)).items()).hasSize(1);
  }

  @Test
  void anAmountBoundMoreExactThanTheCurrencyIsRefused() {
    ExpenseFilter filter =
        new ExpenseFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new BigDecimal("1.001")),
            Optional.empty(),
            Optional.empty());
    assertThatThrownBy(() -> core.listExpenses().list(list(member, filter, 10)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("min_amount");
  }

  @Test
  void theSummaryAddsTenDimesAndThreeCentsToExactlyOneDollarThree() {
    for (int i = 0; i < 10; i++) {
      recorded(member, "0.10");
    }
    for (int i = 0; i < 3; i++) {
      recorded(otherMember, "0.01");
    }
    var summary =
        core.summarizeExpenses()
            .summarize(new SummarizeExpenses(ws, viewer, Optional.empty(), Optional.empty()));
    assertThat(summary.total().toString()).isEqualTo("1.03");
    assertThat(summary.count()).isEqualTo(13);
  }

  @Test
  void exportStreamsEveryMatchingExpense() {
    recorded(member, "1.00");
    recorded(member, "2.00");
    List<ExpenseId> seen = new ArrayList<>();
    core.listExpenses()
        .export(
            list(viewer, ExpenseFilter.all(), ListExpensesUseCase.MAX_LIMIT),
            e -> seen.add(e.id()));
    assertThat(seen).hasSize(2);
  }

  private ListExpenses list(UserId actor, ExpenseFilter filter, int limit) {
    return new ListExpenses(ws, actor, filter, ExpenseSort.DEFAULT, Optional.empty(), limit);
  }

  private static ExpenseFilter byPayer(UserId payer) {
    return new ExpenseFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(payer),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}

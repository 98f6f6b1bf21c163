package org.expensetracker.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceName;
import org.junit.jupiter.api.Test;

class AuditTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final UserId ANN = new UserId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  static final UserId BEN = new UserId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  static final WorkspaceId WS = new WorkspaceId(UUID.randomUUID());

  static Expense dinner() {
    return Expense.record(
        new ExpenseId(UUID.randomUUID()),
        new Membership(WS, ANN, Role.MEMBER, EUR),
        ExpenseDetails.of(
            BigDecimal.TEN, EUR, "Dinner", "Food", java.time.LocalDate.of(2026, 11, 20), null),
        new PaidBy.One(ANN),
        Split.equalAmong(List.of(ANN, BEN)),
        T0);
  }

  @Test
  void aNewExpenseListsEveryFieldFromNothing() {
    Audit.Draft draft = Audit.expenseCreated(ANN, dinner(), T0);

    assertThat(draft.action()).isEqualTo(AuditAction.CREATED);
    assertThat(draft.entity()).isEqualTo(EntityType.EXPENSE);
    assertThat(draft.changes())
        .extracting(FieldChange::field, FieldChange::from, FieldChange::to)
        .contains(
            tuple("amount", null, "10.00"),
            tuple("paid_by", null, ANN.toString()),
            tuple("split", null, "equal: " + ANN + "; " + BEN),
            tuple("parts", null, ANN + " 5.00; " + BEN + " 5.00"))
        .noneMatch(t -> t.toList().get(0).equals("notes"));
  }

  @Test
  void aChangeListsOnlyWhatMovedWithAmountsAsExactStrings() {
    Expense before = dinner();
    Expense after = before.apply(ExpensePatch.none().withAmount(new BigDecimal("12.5")), T0);

    assertThat(Audit.expenseUpdated(ANN, before, after, T0).changes())
        .extracting(FieldChange::field, FieldChange::from, FieldChange::to)
        .containsExactly(
            tuple("amount", "10.00", "12.50"),
            tuple("payers", ANN + " 10.00", ANN + " 12.50"),
            tuple("parts", ANN + " 5.00; " + BEN + " 5.00", ANN + " 6.25; " + BEN + " 6.25"));
  }

  @Test
  void deletingAndRestoringMoveDeletedAtAndTheVersion() {
    Expense live = dinner();
    Membership author = new Membership(WS, ANN, Role.MEMBER, EUR);
    Expense deleted = live.delete(author, T0.plusSeconds(5));
    Expense restored = deleted.restore(author, T0.plusSeconds(9));

    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.version()).isEqualTo(2);
    assertThat(restored.isDeleted()).isFalse();
    assertThat(restored.version()).isEqualTo(3);
    assertThat(Audit.expenseDeletedOrRestored(ANN, live, deleted, T0).action())
        .isEqualTo(AuditAction.DELETED);
    assertThat(Audit.expenseDeletedOrRestored(ANN, deleted, restored, T0).changes())
        .containsExactly(new FieldChange("deleted_at", "2026-11-20T10:00:05Z", null));
    assertThatThrownBy(() -> deleted.delete(author, T0)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> live.restore(author, T0)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> deleted.restore(new Membership(WS, BEN, Role.MEMBER, EUR), T0))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aWorkspaceChangeGivesOneEntryPerEntityTouched() {
    Workspace created = Workspace.create(WS, new WorkspaceName("Flat"), EUR, ANN, T0);
    Workspace withBen = created.addMember(ANN, BEN, Role.MEMBER, T0);
    Workspace handedOn =
        withBen.transferOwnership(ANN, BEN).rename(BEN, new WorkspaceName("Flat 2"));

    assertThat(Audit.workspaceCreated(ANN, created, T0))
        .extracting(Audit.Draft::entity, Audit.Draft::action)
        .containsExactly(
            tuple(EntityType.WORKSPACE, AuditAction.CREATED),
            tuple(EntityType.MEMBER, AuditAction.CREATED));
    assertThat(Audit.workspaceChanged(ANN, created, withBen, T0))
        .singleElement()
        .satisfies(
            d -> assertThat(d.changes()).containsExactly(new FieldChange("role", null, "member")));
    assertThat(Audit.workspaceChanged(BEN, withBen, handedOn, T0))
        .extracting(
            d -> d.entity(), d -> d.entityId(), d -> d.action(), d -> d.changes().get(0).to())
        .containsExactly(
            tuple(EntityType.WORKSPACE, WS.value(), AuditAction.UPDATED, "Flat 2"),
            tuple(EntityType.MEMBER, ANN.value(), AuditAction.ROLE_CHANGED, "admin"),
            tuple(EntityType.MEMBER, BEN.value(), AuditAction.ROLE_CHANGED, "owner"));
    assertThat(Audit.workspaceChanged(BEN, handedOn, handedOn.removeMember(BEN, ANN), T0))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.action()).isEqualTo(AuditAction.DELETED);
              assertThat(d.changes()).containsExactly(new FieldChange("role", "admin", null));
            });
  }

  @Test
  void anExpenseSpentInAnotherCurrencyRecordsItsOriginalAmountAndRate() {
    Expense converted =
        Expense.record(
            new ExpenseId(UUID.randomUUID()),
            new Membership(WS, ANN, Role.MEMBER, EUR),
            ExpenseDetails.of(
                null,
                EUR,
                new org.expensetracker.domain.money.Conversion(
                    new org.expensetracker.domain.money.Money(
                        new BigDecimal("1000"), Currency.getInstance("JPY")),
                    new org.expensetracker.domain.money.ExchangeRate(
                        Currency.getInstance("JPY"),
                        EUR,
                        new BigDecimal("0.0061"),
                        java.time.LocalDate.of(2026, 11, 20),
                        org.expensetracker.domain.money.RateSource.CLIENT)),
                "Sushi",
                "Food",
                java.time.LocalDate.of(2026, 11, 20),
                null),
            new PaidBy.One(ANN),
            Split.equalAmong(List.of(ANN)),
            T0);

    assertThat(Audit.expenseCreated(ANN, converted, T0).changes())
        .extracting(FieldChange::field, FieldChange::to)
        .contains(
            tuple("amount", "6.10"),
            tuple("original_amount", "1000"),
            tuple("original_currency", "JPY"),
            tuple("exchange_rate", "0.0061"));
  }
}

package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.FieldError;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class ExpenseTest {
  static final WorkspaceId WS = new WorkspaceId(UUID.randomUUID());
  static final UserId AUTHOR = new UserId(UUID.randomUUID());
  static final UserId OTHER = new UserId(UUID.randomUUID());
  static final Instant T0 = Instant.parse("2026-11-05T10:15:30.123456789Z");

  static Membership as(UserId user, Role role) {
    return new Membership(WS, user, role, ExpenseDetailsTest.USD);
  }

  static Expense recorded() {
    return Expense.record(
        new ExpenseId(UUID.randomUUID()),
        as(AUTHOR, Role.MEMBER),
        ExpenseDetailsTest.details("10.00"),
        new PaidBy.One(AUTHOR),
        Split.equalAmong(List.of(AUTHOR, OTHER)),
        T0);
  }

  @Test
  void aNewExpenseStartsAtVersionOneWithMicrosecondTimestamps() {
    Expense e = recorded();
    assertThat(e.version()).isEqualTo(1);
    assertThat(e.createdBy()).isEqualTo(AUTHOR);
    assertThat(e.createdAt()).isEqualTo(Instant.parse("2026-11-05T10:15:30.123456Z"));
    assertThat(e.updatedAt()).isEqualTo(e.createdAt());
  }

  @Test
  void viewerCannotRecordAnExpense() {
    assertThatThrownBy(
            () ->
                Expense.record(
                    new ExpenseId(UUID.randomUUID()),
                    as(OTHER, Role.VIEWER),
                    ExpenseDetailsTest.details("1"),
                    new PaidBy.One(OTHER),
                    Split.equalAmong(List.of(OTHER)),
                    T0))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void memberChangesOwnExpenseButNotSomeoneElses() {
    Expense e = recorded();
    assertThatCode(() -> e.requireChangeableBy(as(AUTHOR, Role.MEMBER))).doesNotThrowAnyException();
    assertThatThrownBy(() -> e.requireChangeableBy(as(OTHER, Role.MEMBER)))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void adminAndOwnerChangeAnyExpenseAndViewerNone() {
    Expense e = recorded();
    assertThatCode(() -> e.requireChangeableBy(as(OTHER, Role.ADMIN))).doesNotThrowAnyException();
    assertThatCode(() -> e.requireChangeableBy(as(OTHER, Role.OWNER))).doesNotThrowAnyException();
    assertThatThrownBy(() -> e.requireChangeableBy(as(AUTHOR, Role.VIEWER)))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void applyingAPatchGivesANewVersionAndLeavesTheOriginalUntouched() {
    Expense e = recorded();
    Instant later = T0.plusSeconds(60);
    Expense changed = e.apply(ExpensePatch.none().withAmount(new BigDecimal("12.5")), later);
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.amount().toString()).isEqualTo("12.50");
    assertThat(changed.updatedAt()).isEqualTo(Instant.parse("2026-11-05T10:16:30.123456Z"));
    assertThat(changed.createdAt()).isEqualTo(e.createdAt());
    assertThat(e.amount().toString()).isEqualTo("10.00");
    assertThat(e.version()).isEqualTo(1);
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    Expense e = recorded();
    assertThat(e.apply(ExpensePatch.none(), T0.plusSeconds(1))).isSameAs(e);
    assertThat(e.apply(ExpensePatch.none().withDescription(" Dinner "), T0.plusSeconds(1)))
        .isSameAs(e);
  }

  @Test
  void changingTheAmountRecomputesThePartsAndTheSolePayerPaysTheNewAmount() {
    Expense e = recorded();
    assertThat(parts(e)).containsExactly("5.00", "5.00");
    Expense changed = e.apply(ExpensePatch.none().withAmount(new BigDecimal("10.01")), T0);
    assertThat(changed.sharing().payers())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.user()).isEqualTo(AUTHOR);
              assertThat(p.amount().toString()).isEqualTo("10.01");
            });
    assertThat(parts(changed)).containsExactlyInAnyOrder("5.01", "5.00");
  }

  @Test
  void anExactSplitOrSeveralPayersMustBeRestatedWhenTheAmountChanges() {
    Expense exact =
        Expense.record(
            new ExpenseId(UUID.randomUUID()),
            as(AUTHOR, Role.MEMBER),
            ExpenseDetailsTest.details("10.00"),
            new PaidBy.Several(
                List.of(
                    new Share(AUTHOR, new BigDecimal("4.00")),
                    new Share(OTHER, new BigDecimal("6.00")))),
            new Split(
                SplitMode.EXACT,
                List.of(
                    new Share(OTHER, new BigDecimal("7.50")),
                    new Share(AUTHOR, new BigDecimal("2.50")))),
            T0);
    assertThatThrownBy(
            () ->
                exact.apply(ExpensePatch.none().withAmount(BigDecimal.TEN.add(BigDecimal.ONE)), T0))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            err ->
                assertThat(err.errors())
                    .extracting(FieldError::field)
                    .containsExactly("payers", "split.shares"));
    Expense moved =
        exact.apply(
            ExpensePatch.none()
                .withAmount(new BigDecimal("11"))
                .withPaidBy(new PaidBy.One(OTHER))
                .withSplit(Split.equalAmong(List.of(AUTHOR, OTHER))),
            T0);
    assertThat(moved.soloPayer()).contains(OTHER);
    assertThat(parts(moved)).containsExactly("5.50", "5.50");
  }

  @Test
  void aListOfOnePayerIsThatPayerAndStatementsCompareInUserOrder() {
    Expense e = recorded();
    Expense same =
        e.apply(
            ExpensePatch.none()
                .withPaidBy(new PaidBy.Several(List.of(new Share(AUTHOR, new BigDecimal("10")))))
                .withSplit(Split.equalAmong(List.of(OTHER, AUTHOR))),
            T0.plusSeconds(5));
    assertThat(same).isSameAs(e);
    assertThat(e.paidBy()).isEqualTo(new PaidBy.One(AUTHOR));
  }

  @Test
  void rebuildingFromStorageRefusesPayersThatDoNotAddUp() {
    Expense e = recorded();
    assertThatThrownBy(
            () ->
                new Expense(
                    e.id(),
                    e.workspace(),
                    e.details(),
                    new PaidBy.Several(
                        List.of(
                            new Share(AUTHOR, new BigDecimal("1.00")),
                            new Share(OTHER, new BigDecimal("2.00")))),
                    e.split(),
                    e.createdBy(),
                    e.createdAt(),
                    e.updatedAt(),
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> parts(Expense e) {
    return e.sharing().parts().stream().map(p -> p.amount().toString()).toList();
  }
}

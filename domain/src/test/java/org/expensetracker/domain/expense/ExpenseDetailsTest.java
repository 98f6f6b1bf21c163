package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.FieldError;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ExpenseDetailsTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");
  static final UserId PAYER = new UserId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
  static final LocalDate DAY = LocalDate.of(2026, 11, 5);

  static ExpenseDetails details(String amount) {
    return ExpenseDetails.of(new BigDecimal(amount), USD, "Dinner", "Food", DAY, null);
  }

  @Test
  void amountIsKeptAtTheCurrencyScale() {
    assertThat(details("12.5").amount().toString()).isEqualTo("12.50");
    assertThat(
            ExpenseDetails.of(new BigDecimal("1200"), JPY, "Sushi", "Food", DAY, null)
                .amount()
                .toString())
        .isEqualTo("1200");
  }

  @Test
  void amountMoreExactThanTheCurrencyIsRefusedNotRounded() {
    assertThatThrownBy(() -> details("12.345"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> ExpenseDetails.of(new BigDecimal("1.5"), JPY, "x", "y", DAY, null))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void trailingZerosBeyondTheScaleAreExactAndAccepted() {
    assertThat(details("12.500").amount().toString()).isEqualTo("12.50");
  }

  @Test
  void zeroAndNegativeAmountsAreRefused() {
    assertThatThrownBy(() -> details("0")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> details("0.00")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> details("-1.00")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void amountUpToOneTrillionIsAcceptedAndAboveIsRefused() {
    assertThat(details("1000000000000").amount().toString()).isEqualTo("1000000000000.00");
    assertThatThrownBy(() -> details("1000000000000.01")).isInstanceOf(InvalidInput.class);
  }

  @Property
  void anyPositiveCentAmountUpToTheMaximumIsAcceptedExactly(
      @ForAll @LongRange(min = 1, max = 100_000_000_000_000L) long cents) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    assertThat(details(amount.toPlainString()).amount().minorUnitsExact()).isEqualTo(cents);
  }

  @Test
  void textsAreTrimmedAndLengthsCountCharactersNotBytes() {
    ExpenseDetails d =
        ExpenseDetails.of(BigDecimal.ONE, USD, "  Dinner ", "\tFood\n", DAY, "  on the beach  ");
    assertThat(d.description()).isEqualTo("Dinner");
    assertThat(d.category()).isEqualTo("Food");
    assertThat(d.notes()).isEqualTo("on the beach");
    String emoji64 = "😀".repeat(64);
    assertThat(ExpenseDetails.of(BigDecimal.ONE, USD, "x", emoji64, DAY, null).category())
        .isEqualTo(emoji64);
  }

  @Test
  void blankNotesMeanNoNotes() {
    assertThat(ExpenseDetails.of(BigDecimal.ONE, USD, "x", "y", DAY, "   ").notes()).isNull();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                ExpenseDetails.of(
                    new BigDecimal("-1"),
                    USD,
                    " ",
                    "c".repeat(65),
                    LocalDate.of(1800, 1, 1),
                    "n".repeat(2001)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("amount", "description", "category", "spent_at", "notes"));
  }

  @Test
  void brokenLimitsAreNamedInTheMessage() {
    assertThatThrownBy(
            () ->
                ExpenseDetails.of(
                    new BigDecimal("1000000000000.01"),
                    USD,
                    "d".repeat(501),
                    "c".repeat(65),
                    LocalDate.of(1800, 1, 1),
                    null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::message)
                    .containsExactly(
                        "must be at most 1000000000000",
                        "must have between 1 and 500 characters",
                        "must have between 1 and 64 characters",
                        "must be between 1900-01-01 and 9999-12-31"));
  }

  @Test
  void boundaryLengthsAreAccepted() {
    ExpenseDetails d =
        ExpenseDetails.of(
            BigDecimal.ONE, USD, "d".repeat(500), "c".repeat(64), DAY, "n".repeat(2000));
    assertThat(d.description()).hasSize(500);
    assertThatThrownBy(
            () -> ExpenseDetails.of(BigDecimal.ONE, USD, "d".repeat(501), "c", DAY, null))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> ExpenseDetails.of(null, USD, null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("amount", "description", "category", "spent_at"));
  }

  @Test
  void patchReplacesOnlyTheGivenFieldsAndCanClearNotes() {
    ExpenseDetails original =
        ExpenseDetails.of(BigDecimal.TEN, USD, "Dinner", "Food", DAY, "with Bob");
    ExpenseDetails patched = original.with(ExpensePatch.none().withCategory(" Drinks "));
    assertThat(patched.category()).isEqualTo("Drinks");
    assertThat(patched.description()).isEqualTo("Dinner");
    assertThat(patched.notes()).isEqualTo("with Bob");
    assertThat(original.with(ExpensePatch.none().withoutNotes()).notes()).isNull();
    assertThatThrownBy(() -> original.with(ExpensePatch.none().withAmount(new BigDecimal("0.001"))))
        .isInstanceOf(InvalidInput.class);
  }
}

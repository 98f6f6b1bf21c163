package org.expensetracker.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.MoneyFixtures.JPY;
import static org.expensetracker.domain.testing.MoneyFixtures.KWD;
import static org.expensetracker.domain.testing.MoneyFixtures.USD;
import static org.expensetracker.domain.testing.MoneyFixtures.jpy;
import static org.expensetracker.domain.testing.MoneyFixtures.kwd;
import static org.expensetracker.domain.testing.MoneyFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.testing.Errors;
import org.junit.jupiter.api.Test;

class ConvertedExpenseTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  static Conversion conversion(Money original, Currency to, String rate) {
    return new Conversion(
        original,
        new ExchangeRate(original.currency(), to, new BigDecimal(rate), DAY, RateSource.CLIENT));
  }

  static ExpenseDetails details(BigDecimal amount, Currency currency, Conversion conversion) {
    return ExpenseDetails.of(amount, currency, conversion, "Ramen", "Food", DAY, null);
  }

  @Test
  void theAmountIsDerivedFromTheOriginalAmountAndRate() {
    ExpenseDetails d = details(null, USD, conversion(jpy("1234"), USD, "0.0067"));

    assertThat(d.amount()).isEqualTo(usd("8.27"));
    assertThat(d.conversion().original()).isEqualTo(jpy("1234"));
  }

  @Test
  void aClientAmountThatMatchesIsAcceptedOneThatDoesNotIsRefused() {
    Conversion c = conversion(usd("10.00"), KWD, "0.30712");

    assertThat(details(new BigDecimal("3.071"), KWD, c).amount()).isEqualTo(kwd("3.071"));
    assertThat(Errors.messageOf(() -> details(new BigDecimal("3.072"), KWD, c), "amount"))
        .isEqualTo(
            "must equal original_amount × exchange_rate = 3.071 (or be left out), not 3.072");
  }

  @Test
  void anAmountThatConvertsToZeroIsRefusedNamingTheOriginal() {
    assertThatThrownBy(() -> details(null, JPY, conversion(usd("0.01"), JPY, "0.5")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("original_amount: converts to 0 JPY");
  }

  @Test
  void aPatchOfTheOriginalAmountKeepsTheRate() {
    ExpenseDetails d = details(null, USD, conversion(jpy("1000"), USD, "0.0067"));
    Conversion more = new Conversion(jpy("3000"), d.conversion().rate());

    ExpenseDetails changed = d.with(ExpensePatch.none().withConversion(more));

    assertThat(changed.amount()).isEqualTo(usd("20.10"));
    assertThat(changed.conversion().rate()).isEqualTo(d.conversion().rate());
  }

  @Test
  void aPatchOfOtherFieldsLeavesTheConvertedAmountAlone() {
    ExpenseDetails d = details(null, USD, conversion(jpy("1000"), USD, "0.0067"));

    ExpenseDetails changed = d.with(ExpensePatch.none().withDescription("Sushi"));

    assertThat(changed.amount()).isEqualTo(usd("6.70"));
    assertThat(changed.conversion()).isEqualTo(d.conversion());
  }

  @Test
  void aPatchedAmountMustMatchTheConversion() {
    ExpenseDetails d = details(null, USD, conversion(jpy("1000"), USD, "0.0067"));

    assertThatThrownBy(() -> d.with(ExpensePatch.none().withAmount(new BigDecimal("7.00"))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("must equal original_amount × exchange_rate = 6.70");
  }

  @Test
  void storedDetailsWhoseAmountIsNotTheConversionAreABug() {
    Conversion c = conversion(jpy("1000"), USD, "0.0067");
    assertThatThrownBy(() -> new ExpenseDetails(usd("6.71"), "Ramen", "Food", DAY, null, c))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

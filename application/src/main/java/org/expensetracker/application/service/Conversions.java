package org.expensetracker.application.service;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.expensetracker.application.port.in.OriginalAmount;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.RuleViolation;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Turns what a client said about another currency into a {@link Conversion}: the client's rate,
 * else the workspace's own rate on or before the day, else the reference rate for the day (cached,
 * fetched from the provider on a miss). No rate at all is a 422 naming currency and day.
 */
final class Conversions {
  private final ExchangeRates rates;
  private final ReferenceRates reference;

  Conversions(ExchangeRates rates, ReferenceRates reference) {
    this.rates = rates;
    this.reference = reference;
  }

  /**
   * A new conversion into {@code target} for {@code day}; every field must be given except the
   * rate.
   */
  Conversion create(
      WorkspaceId workspace, Currency target, OriginalAmount original, LocalDate day) {
    Validation validation = new Validation();
    if (original.amount().isEmpty()) {
      validation.add("original_amount", "is required with original_currency");
    }
    if (original.currency().isEmpty()) {
      validation.add("original_currency", "is required with original_amount");
    }
    validation.throwIfInvalid();
    return convert(
        workspace, target, original.currency().get(), original.amount().get(), original, day);
  }

  /**
   * The conversion after a PATCH of {@code current} (null when the expense had none): a new amount
   * keeps the rate, a new currency needs a new one (given or looked up), a new rate is the
   * client's.
   */
  Conversion change(
      WorkspaceId workspace,
      Currency target,
      Conversion current,
      OriginalAmount original,
      LocalDate day) {
    if (current == null) {
      return create(workspace, target, original, day);
    }
    Currency currency = original.currency().orElse(current.original().currency());
    java.math.BigDecimal amount = original.amount().orElse(current.original().amount());
    if (currency.equals(current.original().currency()) && original.rate().isEmpty()) {
      Money money = originalMoney(amount, currency, target);
      return new Conversion(money, current.rate());
    }
    return convert(workspace, target, currency, amount, original, day);
  }

  private Conversion convert(
      WorkspaceId workspace,
      Currency target,
      Currency currency,
      java.math.BigDecimal amount,
      OriginalAmount original,
      LocalDate day) {
    Validation validation = new Validation();
    Money money = validation.attempt(() -> originalMoney(amount, currency, target));
    java.math.BigDecimal given =
        original.rate().isEmpty()
            ? null
            : validation.attempt(() -> ExchangeRate.parse(original.rate().get(), "exchange_rate"));
    if (day == null) {
      validation.add("spent_at", "is required");
    }
    validation.throwIfInvalid();
    ExchangeRate rate =
        given != null
            ? new ExchangeRate(currency, target, given, day, RateSource.CLIENT)
            : lookup(workspace, currency, target, day);
    return new Conversion(money, rate);
  }

  private static Money originalMoney(
      java.math.BigDecimal amount, Currency currency, Currency target) {
    if (currency.equals(target)) {
      throw new InvalidInput(
          "original_currency",
          "is the workspace currency " + target.getCurrencyCode() + "; give amount alone");
    }
    return ExpenseDetails.amountOf(amount, currency, "original_amount");
  }

  /**
   * The rate for {@code day}: the workspace's own on or before it, else the reference rate. The
   * reference provider is asked only on a cache miss.
   */
  ExchangeRate lookup(WorkspaceId workspace, Currency from, Currency to, LocalDate day) {
    Optional<ExchangeRate> found = rates.onOrBefore(workspace, from, to, day);
    if (found.isEmpty()) {
      found = rates.cachedReference(from, to, day);
    }
    if (found.isEmpty()) {
      found = reference.find(from, to, day).filter(r -> r.from().equals(from) && r.to().equals(to));
      found.ifPresent(r -> rates.cacheReference(day, r));
    }
    return found.orElseThrow(
        () ->
            new RuleViolation(
                "exchange-rate-unavailable",
                "No exchange rate from "
                    + from.getCurrencyCode()
                    + " to "
                    + to.getCurrencyCode()
                    + " on or before "
                    + day
                    + ": give exchange_rate, or ask an admin to set one with PUT"
                    + " /exchange-rates/"
                    + from.getCurrencyCode()));
  }
}

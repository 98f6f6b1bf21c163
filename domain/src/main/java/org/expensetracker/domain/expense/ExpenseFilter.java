package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;

/**
 * Which expenses of a workspace a list, export or summary covers. Every criterion is optional;
 * dates and amounts are inclusive bounds; {@code text} matches description or notes,
 * case-insensitively, as a plain substring (no wildcards). Broken criteria raise {@code
 * InvalidInput} naming every bad field.
 */
public record ExpenseFilter(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> category,
    Optional<UserId> paidBy,
    Optional<UserId> createdBy,
    Optional<BigDecimal> minAmount,
    Optional<BigDecimal> maxAmount,
    Optional<String> text) {

  /**
   * Search text needs three characters: trigram indexes cannot serve a shorter substring, which
   * would scan every expense of the workspace.
   */
  public static final int MIN_TEXT = 3;

  public static final int MAX_TEXT = 200;

  public ExpenseFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(paidBy, "paidBy");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(minAmount, "minAmount");
    Objects.requireNonNull(maxAmount, "maxAmount");
    Objects.requireNonNull(text, "text");
    category = category.map(String::strip);
    Validation validation = new Validation();
    if (from.isPresent() && to.isPresent()) {
      validation.check(!from.get().isAfter(to.get()), "from", "must not be after to");
    }
    category.ifPresent(
        c ->
            validation.check(
                !c.isEmpty() && ExpenseDetails.length(c) <= ExpenseDetails.MAX_CATEGORY,
                "category",
                "must have between 1 and " + ExpenseDetails.MAX_CATEGORY + " characters"));
    checkAmount(validation, "min_amount", minAmount);
    checkAmount(validation, "max_amount", maxAmount);
    if (minAmount.isPresent() && maxAmount.isPresent()) {
      validation.check(
          minAmount.get().compareTo(maxAmount.get()) <= 0,
          "min_amount",
          "must not be greater than max_amount");
    }
    text.ifPresent(
        t ->
            validation.check(
                ExpenseDetails.length(t) >= MIN_TEXT && ExpenseDetails.length(t) <= MAX_TEXT,
                "q",
                "must have between " + MIN_TEXT + " and " + MAX_TEXT + " characters"));
    validation.throwIfInvalid();
  }

  /** No criteria: every expense of the workspace. */
  public static ExpenseFilter all() {
    return new ExpenseFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same criteria, narrowed to the expenses {@code user} recorded. */
  public ExpenseFilter withCreatedBy(UserId user) {
    return new ExpenseFilter(
        from, to, category, paidBy, Optional.of(user), minAmount, maxAmount, text);
  }

  public ExpenseFilter withDates(LocalDate from, LocalDate to) {
    return new ExpenseFilter(
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        category,
        paidBy,
        createdBy,
        minAmount,
        maxAmount,
        text);
  }

  /**
   * Checks that the amount bounds are exact in the workspace's currency (a bound of {@code 12.345}
   * USD is refused like an amount would be, rather than silently rounded).
   */
  public void requireExactIn(Currency currency) {
    Validation validation = new Validation();
    minAmount.ifPresent(
        a -> validation.attempt(() -> Money.parse(a.toPlainString(), currency, "min_amount")));
    maxAmount.ifPresent(
        a -> validation.attempt(() -> Money.parse(a.toPlainString(), currency, "max_amount")));
    validation.throwIfInvalid();
  }

  /** A bound in the currency's minor units (call {@link #requireExactIn} first). */
  public static long minorUnits(BigDecimal amount, Currency currency) {
    return amount.movePointRight(Money.scaleOf(currency)).longValueExact();
  }

  private static void checkAmount(
      Validation validation, String field, Optional<BigDecimal> amount) {
    amount.ifPresent(
        a ->
            validation.check(
                a.signum() >= 0 && a.compareTo(ExpenseDetails.MAX_AMOUNT) <= 0,
                field,
                "must be between 0 and " + ExpenseDetails.MAX_AMOUNT.toPlainString()));
  }

  /** Whether an expense meets every criterion (the in-memory twin of the SQL WHERE clause). */
  public boolean matches(Expense e) {
    return from.map(d -> !e.spentAt().isBefore(d)).orElse(true)
        && to.map(d -> !e.spentAt().isAfter(d)).orElse(true)
        && category.map(c -> c.equals(e.category())).orElse(true)
        && paidBy.map(u -> e.paidBy().users().contains(u)).orElse(true)
        && createdBy.map(u -> u.equals(e.createdBy())).orElse(true)
        && minAmount.map(a -> e.amount().amount().compareTo(a) >= 0).orElse(true)
        && maxAmount.map(a -> e.amount().amount().compareTo(a) <= 0).orElse(true)
        && text.map(t -> contains(e.description(), t) || contains(e.notes(), t)).orElse(true);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null
        && haystack
            .toLowerCase(java.util.Locale.ROOT)
            .contains(needle.toLowerCase(java.util.Locale.ROOT));
  }
}

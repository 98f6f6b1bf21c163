package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.money.Conversion;

/**
 * A JSON merge-patch of an expense's details: an empty field stays as it is. Notes are the one
 * field that can be removed ({@code clearNotes}); setting and clearing them at once is refused.
 */
public record ExpensePatch(
    Optional<BigDecimal> amount,
    Optional<String> description,
    Optional<String> category,
    Optional<LocalDate> spentAt,
    Optional<PaidBy> paidBy,
    Optional<Split> split,
    Optional<String> notes,
    boolean clearNotes,
    Optional<Conversion> conversion) {

  public ExpensePatch {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(spentAt, "spentAt");
    Objects.requireNonNull(paidBy, "paidBy");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(conversion, "conversion");
    if (clearNotes && notes.isPresent()) {
      throw new IllegalArgumentException("notes cannot be set and cleared at once");
    }
  }

  /** A patch that leaves the conversion (if any) as it is. */
  public ExpensePatch(
      Optional<BigDecimal> amount,
      Optional<String> description,
      Optional<String> category,
      Optional<LocalDate> spentAt,
      Optional<PaidBy> paidBy,
      Optional<Split> split,
      Optional<String> notes,
      boolean clearNotes) {
    this(
        amount, description, category, spentAt, paidBy, split, notes, clearNotes, Optional.empty());
  }

  /** A patch that changes nothing; the {@code with…} methods build on it. */
  public static ExpensePatch none() {
    return new ExpensePatch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  public ExpensePatch withAmount(BigDecimal value) {
    return new ExpensePatch(
        Optional.of(value),
        description,
        category,
        spentAt,
        paidBy,
        split,
        notes,
        clearNotes,
        conversion);
  }

  public ExpensePatch withDescription(String value) {
    return new ExpensePatch(
        amount,
        Optional.of(value),
        category,
        spentAt,
        paidBy,
        split,
        notes,
        clearNotes,
        conversion);
  }

  public ExpensePatch withCategory(String value) {
    return new ExpensePatch(
        amount,
        description,
        Optional.of(value),
        spentAt,
        paidBy,
        split,
        notes,
        clearNotes,
        conversion);
  }

  public ExpensePatch withSpentAt(LocalDate value) {
    return new ExpensePatch(
        amount,
        description,
        category,
        Optional.of(value),
        paidBy,
        split,
        notes,
        clearNotes,
        conversion);
  }

  public ExpensePatch withPaidBy(PaidBy value) {
    return new ExpensePatch(
        amount,
        description,
        category,
        spentAt,
        Optional.of(value),
        split,
        notes,
        clearNotes,
        conversion);
  }

  public ExpensePatch withSplit(Split value) {
    return new ExpensePatch(
        amount,
        description,
        category,
        spentAt,
        paidBy,
        Optional.of(value),
        notes,
        clearNotes,
        conversion);
  }

  /** The patch with the original amount and rate (resolved by the use case) replaced. */
  public ExpensePatch withConversion(Conversion value) {
    return new ExpensePatch(
        amount,
        description,
        category,
        spentAt,
        paidBy,
        split,
        notes,
        clearNotes,
        Optional.of(value));
  }

  /** Whether the patch touches who paid or who shares (so the parts must be checked again). */
  public boolean changesSharing() {
    return amount.isPresent() || paidBy.isPresent() || split.isPresent() || conversion.isPresent();
  }

  public ExpensePatch withNotes(String value) {
    return new ExpensePatch(
        amount,
        description,
        category,
        spentAt,
        paidBy,
        split,
        Optional.of(value),
        false,
        conversion);
  }

  public ExpensePatch withoutNotes() {
    return new ExpensePatch(
        amount, description, category, spentAt, paidBy, split, Optional.empty(), true, conversion);
  }
}

package org.expensetracker.adapters.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.OriginalAmount;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Turns expense request bodies into commands: JSON types and formats are checked here, every bad
 * field collected into one 400; the rules of meaning (lengths, amount scale and range) are the
 * domain's and come back as one 400 from the use case.
 */
final class ExpenseRequests {
  static final Set<String> WRITABLE =
      union(
          Set.of(
              "amount",
              "description",
              "category",
              "spent_at",
              "paid_by",
              "payers",
              "split",
              "notes"),
          OriginalAmounts.WRITABLE);
  static final Set<String> READ_ONLY =
      union(
          Set.of(
              "id",
              "workspace_id",
              "created_by",
              "created_at",
              "updated_at",
              "version",
              "currency"),
          OriginalAmounts.READ_ONLY);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private ExpenseRequests() {}

  static CreateExpense create(WorkspaceId workspace, UserId actor, JsonFields body) {
    Validation validation = new Validation();
    body.rejectOthers(WRITABLE, READ_ONLY, validation);
    Optional<BigDecimal> amount = body.decimal("amount", validation);
    Optional<String> description = body.text("description", validation);
    Optional<String> category = body.text("category", validation);
    Optional<LocalDate> spentAt = body.date("spent_at", validation);
    Optional<PaidBy> paidBy = SharingRequests.paidBy(body, validation);
    Optional<Split> split = SharingRequests.split(body, validation);
    Optional<String> notes = body.text("notes", validation);
    Optional<OriginalAmount> original = OriginalAmounts.read(body, validation);
    if (original.isEmpty()) {
      // With original_amount the amount is derived (and, when given too, must match).
      required(body, "amount", validation);
    }
    required(body, "description", validation);
    required(body, "category", validation);
    required(body, "spent_at", validation);
    validation.throwIfInvalid();
    return new CreateExpense(
        workspace,
        actor,
        amount.orElse(null),
        description.orElseThrow(),
        category.orElseThrow(),
        spentAt.orElseThrow(),
        paidBy,
        split,
        notes.orElse(null),
        original);
  }

  /**
   * A JSON merge-patch (RFC 7396): absent fields stay, {@code "notes": null} removes the notes, and
   * {@code null} for a required field is refused.
   */
  static ExpensePatch patch(JsonFields body) {
    Validation validation = new Validation();
    body.rejectOthers(WRITABLE, READ_ONLY, validation);
    for (String name : WRITABLE) {
      if (!name.equals("notes") && !OriginalAmounts.WRITABLE.contains(name) && body.isNull(name)) {
        validation.add(name, "cannot be null");
      }
    }
    Optional<BigDecimal> amount = body.decimal("amount", validation);
    Optional<String> description = body.text("description", validation);
    Optional<String> category = body.text("category", validation);
    Optional<LocalDate> spentAt = body.date("spent_at", validation);
    Optional<PaidBy> paidBy = SharingRequests.paidBy(body, validation);
    Optional<Split> split = SharingRequests.split(body, validation);
    Optional<String> notes = body.text("notes", validation);
    OriginalAmounts.read(body, validation);
    validation.throwIfInvalid();
    return new ExpensePatch(
        amount, description, category, spentAt, paidBy, split, notes, body.isNull("notes"));
  }

  /**
   * The PATCH body's original amount, currency or rate, if it has any (checked by {@link #patch}).
   */
  static Optional<OriginalAmount> original(JsonFields body) {
    return OriginalAmounts.read(body, new Validation());
  }

  private static void required(JsonFields body, String name, Validation validation) {
    if (!body.containsKey(name) || body.isNull(name)) {
      validation.add(name, "is required");
    }
  }
}

package org.expensetracker.domain.expense;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * An expense recorded in a workspace: immutable; a change yields a new value with the next {@code
 * version}, which is what optimistic concurrency (ETag / If-Match) compares.
 *
 * <p>Timestamps are kept at microsecond precision, the precision PostgreSQL stores, so a value read
 * back equals the value written.
 */
public record Expense(
    ExpenseId id,
    WorkspaceId workspace,
    ExpenseDetails details,
    UserId createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Expense {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(createdBy, "createdBy");
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt");
    }
  }

  /** A new expense by {@code author}, who must be allowed to record expenses. */
  public static Expense record(
      ExpenseId id, Membership author, ExpenseDetails details, Instant now) {
    author.require(Action.CREATE_EXPENSE);
    if (!details.amount().currency().equals(author.currency())) {
      throw new IllegalArgumentException("An expense is recorded in its workspace's currency");
    }
    return new Expense(id, author.workspace(), details, author.user(), now, now, 1);
  }

  /**
   * The expense after {@code patch}; the same value when the patch changes nothing (so an empty
   * PATCH neither bumps the version nor writes).
   */
  public Expense apply(ExpensePatch patch, Instant now) {
    ExpenseDetails changed = details.with(patch);
    if (changed.equals(details)) {
      return this;
    }
    Instant updated = now.isBefore(createdAt) ? createdAt : now;
    return new Expense(id, workspace, changed, createdBy, createdAt, updated, version + 1);
  }

  /**
   * Members change and delete the expenses they created; admins and the owner change any. A viewer
   * changes none.
   */
  public void requireChangeableBy(Membership member) {
    if (!member.workspace().equals(workspace)) {
      throw new IllegalArgumentException("Membership of another workspace");
    }
    if (member.allows(Action.EDIT_ANY_EXPENSE)) {
      return;
    }
    member.require(Action.EDIT_OWN_EXPENSE);
    if (!createdBy.equals(member.user())) {
      throw new Forbidden("Members may only change or delete expenses they created");
    }
  }

  public Money amount() {
    return details.amount();
  }

  public String description() {
    return details.description();
  }

  public String category() {
    return details.category();
  }

  public LocalDate spentAt() {
    return details.spentAt();
  }

  public UserId paidBy() {
    return details.paidBy();
  }

  /** The notes, or null when there are none. */
  public String notes() {
    return details.notes();
  }
}

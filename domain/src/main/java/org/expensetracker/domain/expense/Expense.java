package org.expensetracker.domain.expense;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * An expense recorded in a workspace: immutable; a change yields a new value with the next {@code
 * version}, which is what optimistic concurrency (ETag / If-Match) compares.
 *
 * <p>Who paid ({@link PaidBy}) and how it is divided ({@link Split}) are kept as stated, sorted by
 * user; the parts each participant owes follow from them ({@link #sharing()}), exactly and always
 * the same way. {@code sharing} is derived: the constructor computes it (which also checks that
 * payers and split fit the amount) and replaces whatever was passed, so it is worked out once per
 * value, not on every read.
 *
 * <p>Timestamps are kept at microsecond precision, the precision PostgreSQL stores, so a value read
 * back equals the value written.
 */
public record Expense(
    ExpenseId id,
    WorkspaceId workspace,
    ExpenseDetails details,
    PaidBy paidBy,
    Split split,
    UserId createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version,
    Instant deletedAt,
    CostSharing sharing) {

  /** An expense; its sharing is computed from the amount, payers and split. */
  public Expense(
      ExpenseId id,
      WorkspaceId workspace,
      ExpenseDetails details,
      PaidBy paidBy,
      Split split,
      UserId createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      Instant deletedAt) {
    this(
        id, workspace, details, paidBy, split, createdBy, createdAt, updatedAt, version, deletedAt,
        null);
  }

  /** A live (not deleted) expense. */
  public Expense(
      ExpenseId id,
      WorkspaceId workspace,
      ExpenseDetails details,
      PaidBy paidBy,
      Split split,
      UserId createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this(id, workspace, details, paidBy, split, createdBy, createdAt, updatedAt, version, null);
  }

  public Expense {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(details, "details");
    paidBy = canonical(Objects.requireNonNull(paidBy, "paidBy"));
    split = Objects.requireNonNull(split, "split").sortedByUser();
    Objects.requireNonNull(createdBy, "createdBy");
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
    deletedAt = deletedAt == null ? null : deletedAt.truncatedTo(ChronoUnit.MICROS);
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt");
    }
    try {
      sharing = CostSharing.of(details.amount(), paidBy.payersOf(details.amount()), split);
    } catch (InvalidInput e) {
      throw new IllegalArgumentException(
          "Payers or split do not fit the amount: " + e.getMessage(), e);
    }
  }

  /**
   * A new expense by {@code author}, who must be allowed to record expenses. Whether the people
   * named are members is the caller's to check (it needs the member list).
   *
   * @throws InvalidInput when the payers or the split do not fit the amount
   */
  public static Expense record(
      ExpenseId id,
      Membership author,
      ExpenseDetails details,
      PaidBy paidBy,
      Split split,
      Instant now) {
    author.require(Action.CREATE_EXPENSE);
    if (!details.amount().currency().equals(author.currency())) {
      throw new IllegalArgumentException("An expense is recorded in its workspace's currency");
    }
    try {
      return new Expense(
          id, author.workspace(), details, paidBy, split, author.user(), now, now, 1);
    } catch (IllegalArgumentException e) {
      // The constructor computes the sharing once; its client-facing errors are the answer here.
      if (e.getCause() instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw e;
    }
  }

  /**
   * The expense after {@code patch}; the same value when the patch changes nothing (so an empty
   * PATCH neither bumps the version nor writes).
   */
  public Expense apply(ExpensePatch patch, Instant now) {
    Validation validation = new Validation();
    ExpenseDetails changed = validation.attempt(() -> details.with(patch));
    PaidBy payers = patch.paidBy().orElse(paidBy);
    Split division = patch.split().orElse(split);
    if (changed != null && patch.changesSharing()) {
      // Parts are recomputed from the (new) amount and split; errors name the client's fields.
      validation.attempt(
          () -> CostSharing.of(changed.amount(), payers.payersOf(changed.amount()), division));
    }
    validation.throwIfInvalid();
    if (changed.equals(details)
        && canonical(payers).equals(paidBy)
        && division.sortedByUser().equals(split)) {
      return this;
    }
    return new Expense(
        id,
        workspace,
        changed,
        payers,
        division,
        createdBy,
        createdAt,
        later(now),
        version + 1,
        deletedAt);
  }

  /**
   * Soft delete: the expense leaves lists, summaries and balances but is kept, with its history,
   * and can be restored. Who may delete is who may change it.
   */
  public Expense delete(Membership actor, Instant now) {
    requireChangeableBy(actor);
    if (isDeleted()) {
      throw new NotFound("Expense");
    }
    return new Expense(
        id,
        workspace,
        details,
        paidBy,
        split,
        createdBy,
        createdAt,
        later(now),
        version + 1,
        later(now));
  }

  /** Brings a deleted expense back, same id, with the next version. */
  public Expense restore(Membership actor, Instant now) {
    requireChangeableBy(actor);
    if (!isDeleted()) {
      throw new Conflict("expense-not-deleted", "This expense is not deleted");
    }
    return new Expense(
        id, workspace, details, paidBy, split, createdBy, createdAt, later(now), version + 1, null);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  private Instant later(Instant now) {
    return now.isBefore(updatedAt) ? updatedAt : now;
  }

  /** The one member who paid everything, if it was one. */
  public Optional<UserId> soloPayer() {
    return paidBy instanceof PaidBy.One one ? Optional.of(one.user()) : Optional.empty();
  }

  /** Several payers in user order; a list of one payer is that one payer. */
  private static PaidBy canonical(PaidBy paidBy) {
    if (!(paidBy instanceof PaidBy.Several several)) {
      return paidBy;
    }
    if (several.amounts().size() == 1) {
      return new PaidBy.One(several.amounts().get(0).user());
    }
    return new PaidBy.Several(
        several.amounts().stream().sorted(Comparator.comparing(Share::user)).toList());
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

  /** The notes, or null when there are none. */
  public String notes() {
    return details.notes();
  }
}

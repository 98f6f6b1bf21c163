package org.expensetracker.domain.balance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.DisplayText;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * A payment one member made to another to square their balances, as recorded in a workspace. It
 * counts in balances exactly like {@link Transfer}: the sender's net rises, the receiver's falls.
 */
public record Settlement(
    SettlementId id,
    WorkspaceId workspace,
    Transfer transfer,
    String note,
    LocalDate settledAt,
    UserId recordedBy,
    Instant createdAt,
    Instant deletedAt,
    Conversion conversion) {

  public static final int MAX_NOTE = 500;

  /** A settlement that is not deleted, in the workspace currency (no conversion). */
  public Settlement(
      SettlementId id,
      WorkspaceId workspace,
      Transfer transfer,
      String note,
      LocalDate settledAt,
      UserId recordedBy,
      Instant createdAt) {
    this(id, workspace, transfer, note, settledAt, recordedBy, createdAt, null, null);
  }

  /** A settlement in the workspace currency (no conversion), deleted at {@code deletedAt}. */
  public Settlement(
      SettlementId id,
      WorkspaceId workspace,
      Transfer transfer,
      String note,
      LocalDate settledAt,
      UserId recordedBy,
      Instant createdAt,
      Instant deletedAt) {
    this(id, workspace, transfer, note, settledAt, recordedBy, createdAt, deletedAt, null);
  }

  public Settlement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(settledAt, "settledAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    deletedAt = deletedAt == null ? null : deletedAt.truncatedTo(ChronoUnit.MICROS);
    if (note != null && !note.equals(DisplayText.clean(note, "note", MAX_NOTE))) {
      throw new IllegalArgumentException("A note is stored trimmed");
    }
    if (settledAt.isBefore(ExpenseDetails.EARLIEST_DAY)
        || settledAt.isAfter(ExpenseDetails.LATEST_DAY)) {
      throw new IllegalArgumentException("settledAt out of range: " + settledAt);
    }
    if (conversion != null && !conversion.converted().equals(transfer.amount())) {
      throw new IllegalArgumentException("The amount is not the conversion's");
    }
  }

  /**
   * A settlement recorded by {@code recorder}: members record the ones they take part in, admins
   * and the owner any. The role is checked before the values, so a viewer learns nothing from
   * validation errors. Whether sender and receiver are members is the caller's to check.
   *
   * @throws InvalidInput naming {@code amount}, {@code to_user_id}, {@code note} or {@code
   *     settled_at}
   */
  public static Settlement record(
      SettlementId id,
      Membership recorder,
      UserId from,
      UserId to,
      BigDecimal amount,
      String note,
      LocalDate settledAt,
      Instant now) {
    return record(id, recorder, from, to, amount, null, note, settledAt, now);
  }

  /**
   * As above for a payment made in another currency: the amount is then the conversion's, and a
   * client {@code amount}, when given too, must be exactly that.
   */
  public static Settlement record(
      SettlementId id,
      Membership recorder,
      UserId from,
      UserId to,
      BigDecimal amount,
      Conversion conversion,
      String note,
      LocalDate settledAt,
      Instant now) {
    requireParty(recorder, from, to, "record");
    Currency currency = recorder.currency();
    Validation validation = new Validation();
    Money money = validation.attempt(() -> ExpenseDetails.amountOf(amount, currency, conversion));
    validation.check(!from.equals(to), "to_user_id", "must differ from from_user_id");
    String cleanNote =
        note == null || note.isBlank()
            ? null
            : validation.attempt(() -> DisplayText.clean(note, "note", MAX_NOTE));
    validation.check(
        !settledAt.isBefore(ExpenseDetails.EARLIEST_DAY)
            && !settledAt.isAfter(ExpenseDetails.LATEST_DAY),
        "settled_at",
        ExpenseDetails.DAY_RANGE);
    validation.throwIfInvalid();
    return new Settlement(
        id,
        recorder.workspace(),
        new Transfer(from, to, money),
        cleanNote,
        settledAt,
        recorder.user(),
        now,
        null,
        conversion);
  }

  /** Members delete the settlements they take part in; admins and the owner any. */
  public void requireDeletableBy(Membership member) {
    if (!member.workspace().equals(workspace)) {
      throw new IllegalArgumentException("Membership of another workspace");
    }
    requireParty(member, transfer.from(), transfer.to(), "delete");
  }

  /**
   * Soft delete by a party or an admin: the settlement stops counting in balances but is kept for
   * the history.
   */
  public Settlement delete(Membership member, Instant now) {
    requireDeletableBy(member);
    if (deletedAt != null) {
      throw new org.expensetracker.domain.shared.NotFound("Settlement");
    }
    Instant at = now.isBefore(createdAt) ? createdAt : now;
    return new Settlement(
        id, workspace, transfer, note, settledAt, recordedBy, createdAt, at, conversion);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  private static void requireParty(Membership member, UserId from, UserId to, String verb) {
    if (member.allows(Action.RECORD_ANY_SETTLEMENT)) {
      return;
    }
    member.require(Action.RECORD_OWN_SETTLEMENT);
    if (!member.user().equals(from) && !member.user().equals(to)) {
      throw new Forbidden("Members may only " + verb + " settlements they take part in");
    }
  }

  public UserId from() {
    return transfer.from();
  }

  public UserId to() {
    return transfer.to();
  }

  public Money amount() {
    return transfer.amount();
  }
}

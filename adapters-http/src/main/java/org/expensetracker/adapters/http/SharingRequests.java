package org.expensetracker.adapters.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Validation;

/**
 * Reads who paid ({@code paid_by} or {@code payers}) and the {@code split} of an expense body.
 * Shapes and formats are checked here; whether the amounts add up is the domain's.
 */
final class SharingRequests {
  /** More people than any workspace should split one expense among; bounds the work per request. */
  static final int MAX_PEOPLE = 1000;

  private static final Set<String> PAYER_FIELDS = Set.of("user_id", "amount");
  private static final Set<String> SPLIT_FIELDS = Set.of("mode", "shares");

  private SharingRequests() {}

  /** {@code paid_by} (one member paid everything) or {@code payers} (several), never both. */
  static Optional<PaidBy> paidBy(JsonFields body, Validation validation) {
    Optional<UserId> one = body.uuid("paid_by", validation).map(UserId::new);
    Optional<List<JsonFields.Raw>> several = body.array("payers", MAX_PEOPLE, validation);
    if (one.isPresent() && several.isPresent()) {
      validation.add("payers", "cannot be combined with paid_by: give one or the other");
      return Optional.empty();
    }
    if (one.isPresent()) {
      return Optional.of(new PaidBy.One(one.get()));
    }
    return several.map(items -> new PaidBy.Several(payers(items, validation)));
  }

  private static List<Share> payers(List<JsonFields.Raw> items, Validation validation) {
    List<Share> payers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<JsonFields> payer =
          JsonFields.element(items.get(i), "payers[" + i + "]", validation);
      if (payer.isEmpty()) {
        continue;
      }
      JsonFields fields = payer.get();
      fields.rejectOthers(PAYER_FIELDS, Set.of(), validation);
      Optional<UserId> user = requiredUser(fields, "payers[" + i + "]", validation);
      Optional<BigDecimal> amount = fields.decimal("amount", validation);
      if (!fields.containsKey("amount") || fields.isNull("amount")) {
        validation.add("payers[" + i + "].amount", "is required");
      }
      user.ifPresent(u -> payers.add(new Share(u, amount.orElse(null))));
    }
    return payers;
  }

  /**
   * {@code {"mode": "equal" | "exact" | "percent" | "shares", "shares": [...]}}; each share names a
   * {@code user_id} and, unless the split is equal, the mode's value ({@code amount}, {@code
   * percent}, {@code weight}). An equal split without shares means every current member who may
   * record expenses.
   */
  static Optional<Split> split(JsonFields body, Validation validation) {
    Optional<JsonFields> split = body.object("split", validation);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    JsonFields fields = split.get();
    fields.rejectOthers(SPLIT_FIELDS, Set.of(), validation);
    SplitMode mode =
        fields
            .text("mode", validation)
            .map(name -> validation.attempt(() -> SplitMode.parse(name)))
            .orElse(fields.containsKey("mode") && !fields.isNull("mode") ? null : SplitMode.EQUAL);
    if (mode == null) {
      return Optional.empty();
    }
    List<Share> shares = new ArrayList<>();
    List<JsonFields.Raw> items = fields.array("shares", MAX_PEOPLE, validation).orElse(List.of());
    Set<String> allowed =
        mode.valueField() == null ? Set.of("user_id") : Set.of("user_id", mode.valueField());
    for (int i = 0; i < items.size(); i++) {
      String path = "split.shares[" + i + "]";
      Optional<JsonFields> share = JsonFields.element(items.get(i), path, validation);
      if (share.isEmpty()) {
        continue;
      }
      JsonFields line = share.get();
      line.rejectOthers(allowed, Set.of(), validation);
      Optional<UserId> user = requiredUser(line, path, validation);
      BigDecimal value =
          mode.valueField() == null
              ? null
              : line.decimal(mode.valueField(), validation).orElse(null);
      user.ifPresent(u -> shares.add(new Share(u, value)));
    }
    return Optional.of(new Split(mode, shares));
  }

  private static Optional<UserId> requiredUser(
      JsonFields fields, String path, Validation validation) {
    Optional<UserId> user = fields.uuid("user_id", validation).map(UserId::new);
    if (!fields.containsKey("user_id") || fields.isNull("user_id")) {
      validation.add(path + ".user_id", "is required");
    }
    return user;
  }
}

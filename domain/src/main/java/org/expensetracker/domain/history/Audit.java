package org.expensetracker.domain.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Turns changes into audit entries: the fields of each entity as text (amounts as exact strings at
 * the currency's scale, people by user id), and for a change only the fields that differ.
 */
public final class Audit {
  private Audit() {}

  /** A draft entry: everything but the id, which the caller's id generator gives. */
  public record Draft(
      WorkspaceId workspace,
      UserId actor,
      AuditAction action,
      EntityType entity,
      UUID entityId,
      Instant at,
      List<FieldChange> changes) {
    public AuditEntry withId(UUID id) {
      return new AuditEntry(id, workspace, actor, action, entity, entityId, at, changes);
    }
  }

  public static Draft expenseCreated(UserId actor, Expense e, Instant at) {
    return new Draft(
        e.workspace(),
        actor,
        AuditAction.CREATED,
        EntityType.EXPENSE,
        e.id().value(),
        at,
        diff(Map.of(), fields(e)));
  }

  public static Draft expenseUpdated(UserId actor, Expense before, Expense after, Instant at) {
    return new Draft(
        after.workspace(),
        actor,
        AuditAction.UPDATED,
        EntityType.EXPENSE,
        after.id().value(),
        at,
        diff(fields(before), fields(after)));
  }

  /** A soft delete or a restore: the one field that moves is {@code deleted_at}. */
  public static Draft expenseDeletedOrRestored(
      UserId actor, Expense before, Expense after, Instant at) {
    AuditAction action = after.deletedAt() == null ? AuditAction.RESTORED : AuditAction.DELETED;
    return new Draft(
        after.workspace(),
        actor,
        action,
        EntityType.EXPENSE,
        after.id().value(),
        at,
        List.of(new FieldChange("deleted_at", text(before.deletedAt()), text(after.deletedAt()))));
  }

  public static Draft settlementCreated(UserId actor, Settlement s, Instant at) {
    return new Draft(
        s.workspace(),
        actor,
        AuditAction.CREATED,
        EntityType.SETTLEMENT,
        s.id().value(),
        at,
        diff(Map.of(), fields(s)));
  }

  public static Draft settlementDeleted(UserId actor, Settlement deleted) {
    return new Draft(
        deleted.workspace(),
        actor,
        AuditAction.DELETED,
        EntityType.SETTLEMENT,
        deleted.id().value(),
        deleted.deletedAt(),
        List.of(new FieldChange("deleted_at", null, text(deleted.deletedAt()))));
  }

  /** A new workspace and its owner. */
  public static List<Draft> workspaceCreated(UserId actor, Workspace w, Instant at) {
    List<Draft> drafts = new ArrayList<>();
    drafts.add(
        new Draft(
            w.id(),
            actor,
            AuditAction.CREATED,
            EntityType.WORKSPACE,
            w.id().value(),
            at,
            diff(Map.of(), fields(w))));
    for (Member m : w.members()) {
      drafts.add(
          member(actor, w.id(), AuditAction.CREATED, m.user(), null, m.role().wireName(), at));
    }
    return drafts;
  }

  /**
   * One entry per entity a workspace change touched: the workspace's own fields, and each member
   * added, removed or given another role.
   */
  public static List<Draft> workspaceChanged(
      UserId actor, Workspace before, Workspace after, Instant at) {
    List<Draft> drafts = new ArrayList<>();
    List<FieldChange> own = diff(fields(before), fields(after));
    if (!own.isEmpty()) {
      drafts.add(
          new Draft(
              after.id(),
              actor,
              AuditAction.UPDATED,
              EntityType.WORKSPACE,
              after.id().value(),
              at,
              own));
    }
    Map<UserId, String> was = roles(before);
    Map<UserId, String> is = roles(after);
    Set<UserId> people = new LinkedHashSet<>(was.keySet());
    people.addAll(is.keySet());
    for (UserId user : people) {
      String from = was.get(user);
      String to = is.get(user);
      if (Objects.equals(from, to)) {
        continue;
      }
      AuditAction action =
          from == null
              ? AuditAction.CREATED
              : to == null ? AuditAction.DELETED : AuditAction.ROLE_CHANGED;
      drafts.add(member(actor, after.id(), action, user, from, to, at));
    }
    return drafts;
  }

  private static Draft member(
      UserId actor,
      WorkspaceId ws,
      AuditAction action,
      UserId user,
      String from,
      String to,
      Instant at) {
    return new Draft(
        ws,
        actor,
        action,
        EntityType.MEMBER,
        user.value(),
        at,
        List.of(new FieldChange("role", from, to)));
  }

  private static Map<UserId, String> roles(Workspace w) {
    Map<UserId, String> roles = new LinkedHashMap<>();
    for (Member m : w.members()) {
      roles.put(m.user(), m.role().wireName());
    }
    return roles;
  }

  /** The fields that differ, in the order of {@code after} (then those only {@code before} had). */
  static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
    Set<String> names = new LinkedHashSet<>(after.keySet());
    names.addAll(before.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      String from = before.get(name);
      String to = after.get(name);
      if (!Objects.equals(from, to)) {
        changes.add(new FieldChange(name, from, to));
      }
    }
    return changes;
  }

  static Map<String, String> fields(Expense e) {
    CostSharing sharing = e.sharing();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("amount", e.amount().toString());
    f.put("currency", e.amount().currency().getCurrencyCode());
    Conversion conversion = e.details().conversion();
    if (conversion != null) {
      f.put("original_amount", conversion.original().toString());
      f.put("original_currency", conversion.original().currency().getCurrencyCode());
      f.put("exchange_rate", conversion.rate().rate().toPlainString());
      f.put("rate_source", conversion.rate().source().wireName());
      f.put("rate_date", conversion.rate().date().toString());
    }
    f.put("description", e.description());
    f.put("category", e.category());
    f.put("spent_at", e.spentAt().toString());
    f.put("notes", e.notes());
    f.put("paid_by", e.soloPayer().map(UserId::toString).orElse(null));
    f.put(
        "payers",
        sharing.payers().stream()
            .map(p -> p.user() + " " + p.amount())
            .collect(Collectors.joining("; ")));
    f.put("split", split(e.split()));
    f.put(
        "parts",
        sharing.parts().stream()
            .map(p -> p.user() + " " + p.amount())
            .collect(Collectors.joining("; ")));
    return f;
  }

  private static String split(Split split) {
    return split.mode().wireName()
        + ": "
        + split.shares().stream()
            .map(
                s ->
                    s.value() == null
                        ? s.user().toString()
                        : s.user() + " " + s.value().toPlainString())
            .collect(Collectors.joining("; "));
  }

  static Map<String, String> fields(Settlement s) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("from_user_id", s.from().toString());
    f.put("to_user_id", s.to().toString());
    f.put("amount", s.amount().toString());
    f.put("currency", s.amount().currency().getCurrencyCode());
    f.put("note", s.note());
    f.put("settled_at", s.settledAt().toString());
    return f;
  }

  static Map<String, String> fields(Workspace w) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", w.name().value());
    f.put("currency", w.currency().getCurrencyCode());
    return f;
  }

  private static String text(Instant at) {
    return Optional.ofNullable(at).map(Instant::toString).orElse(null);
  }
}

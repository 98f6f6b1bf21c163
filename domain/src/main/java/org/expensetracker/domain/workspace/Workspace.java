package org.expensetracker.domain.workspace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.NotFound;

/**
 * Aggregate root: a shared group with a name, a currency and its members. Immutable; every change
 * checks the actor's role against the {@link RolePolicy} and returns a new value that keeps the
 * invariants: exactly one owner, a user is a member at most once, the owner loses the role or
 * leaves only by handing ownership on, and the currency is fixed once expenses exist.
 *
 * <p>An actor who is not a member gets {@code NotFound("Workspace")}, exactly as for a workspace
 * that does not exist.
 */
public final class Workspace {
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

  private final WorkspaceId id;
  private final WorkspaceName name;
  private final Currency currency;
  private final Instant createdAt;
  private final Map<UserId, Member> members;

  private Workspace(
      WorkspaceId id,
      WorkspaceName name,
      Currency currency,
      Instant createdAt,
      Collection<Member> members) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
    Map<UserId, Member> byUser = new LinkedHashMap<>();
    for (Member member : members) {
      if (byUser.putIfAbsent(member.user(), member) != null) {
        throw new IllegalArgumentException("User " + member.user() + " is a member twice");
      }
    }
    long owners = byUser.values().stream().filter(m -> m.role() == Role.OWNER).count();
    if (owners != 1) {
      throw new IllegalArgumentException("A workspace has exactly one owner, not " + owners);
    }
    this.members = Collections.unmodifiableMap(byUser);
  }

  /** A new workspace; its creator is the owner and its only member. */
  public static Workspace create(
      WorkspaceId id, WorkspaceName name, Currency currency, UserId creator, Instant now) {
    return new Workspace(id, name, currency, now, List.of(new Member(creator, Role.OWNER, now)));
  }

  /** Rebuilds a workspace from storage, re-checking the invariants. */
  public static Workspace restore(
      WorkspaceId id,
      WorkspaceName name,
      Currency currency,
      Instant createdAt,
      Collection<Member> members) {
    return new Workspace(id, name, currency, createdAt, members);
  }

  public Workspace rename(UserId actor, WorkspaceName newName) {
    require(actor, Action.RENAME_WORKSPACE);
    return new Workspace(id, newName, currency, createdAt, members.values());
  }

  /**
   * Sets the currency. {@code expensesExist} is asked only when the currency really changes, since
   * amounts already recorded would silently change meaning.
   */
  public Workspace changeCurrency(
      UserId actor, Currency newCurrency, BooleanSupplier expensesExist) {
    require(actor, Action.CHANGE_CURRENCY);
    if (newCurrency.equals(currency)) {
      return this;
    }
    if (expensesExist.getAsBoolean()) {
      throw new Conflict(
          "currency-fixed",
          "The currency cannot change once the workspace has expenses or settlements: their"
              + " amounts, parts and balances are stored in it. Record spending in another"
              + " currency with original_amount and original_currency instead");
    }
    return new Workspace(id, name, newCurrency, createdAt, members.values());
  }

  /** Adds {@code user} with {@code role} (admin, member or viewer), joined {@code now}. */
  public Workspace addMember(UserId actor, UserId user, Role role, Instant now) {
    require(actor, Action.ADD_MEMBER);
    requireAssignable(role);
    if (members.containsKey(user)) {
      throw new Conflict("already-member", "This user is already a member of the workspace");
    }
    List<Member> next = new ArrayList<>(members.values());
    next.add(new Member(user, role, now));
    return with(next);
  }

  /**
   * Gives a member another role among admin, member and viewer. Changing another admin's role takes
   * the owner; the owner's own role changes only by a transfer of ownership.
   */
  public Workspace changeRole(UserId actor, UserId user, Role role) {
    require(actor, Action.CHANGE_ROLE);
    requireAssignable(role);
    Member target = member(user);
    if (target.role() == Role.OWNER) {
      // There is one owner: either the actor is the owner (who may, but must transfer first) or
      // someone without the authority.
      throw user.equals(actor)
          ? new Conflict("owner-must-transfer", "Transfer ownership to another member first")
          : new Forbidden("The owner's role changes only by a transfer of ownership");
    }
    if (target.role() == Role.ADMIN && !user.equals(actor)) {
      require(actor, Action.MANAGE_ADMINS);
    }
    if (target.role() == role) {
      return this;
    }
    return replacing(target.withRole(role));
  }

  /**
   * Removes a member. Anyone but the owner may remove themself (leave); removing someone else takes
   * an admin, and removing another admin takes the owner. The owner is never removed.
   */
  public Workspace removeMember(UserId actor, UserId user) {
    Role actorRole = roleOfActor(actor);
    if (!user.equals(actor)) {
      RolePolicy.require(actorRole, Action.REMOVE_MEMBER);
      Member target = member(user);
      if (target.role() == Role.OWNER) {
        throw new Forbidden("The owner cannot be removed");
      }
      if (target.role() == Role.ADMIN) {
        RolePolicy.require(actorRole, Action.MANAGE_ADMINS);
      }
    } else if (actorRole == Role.OWNER) {
      throw new Conflict(
          "owner-cannot-leave", "Transfer ownership to another member before leaving");
    }
    List<Member> next = new ArrayList<>(members.values());
    next.removeIf(m -> m.user().equals(user));
    return with(next);
  }

  /** The owner hands ownership to another member and becomes an admin. */
  public Workspace transferOwnership(UserId actor, UserId newOwner) {
    require(actor, Action.TRANSFER_OWNERSHIP);
    Member heir = member(newOwner);
    if (heir.role() == Role.OWNER) {
      throw new Conflict("already-owner", "You already own this workspace");
    }
    List<Member> next = new ArrayList<>();
    for (Member m : members.values()) {
      if (m.role() == Role.OWNER) {
        next.add(m.withRole(Role.ADMIN));
      } else {
        next.add(m.user().equals(newOwner) ? m.withRole(Role.OWNER) : m);
      }
    }
    return with(next);
  }

  /**
   * Throws {@code NotFound("Workspace")} unless {@code actor} is a member, and {@code Forbidden}
   * unless their role allows {@code action}.
   */
  public void require(UserId actor, Action action) {
    RolePolicy.require(roleOfActor(actor), action);
  }

  public Optional<Role> roleOf(UserId user) {
    return Optional.ofNullable(members.get(user)).map(Member::role);
  }

  /** What a workspace-scoped use case needs to know about {@code user} here, if a member. */
  public Optional<Membership> membershipOf(UserId user) {
    return roleOf(user).map(role -> new Membership(id, user, role, currency));
  }

  public WorkspaceId id() {
    return id;
  }

  public WorkspaceName name() {
    return name;
  }

  public Currency currency() {
    return currency;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The members in the order they joined. */
  public List<Member> members() {
    return List.copyOf(members.values());
  }

  public Member owner() {
    return members.values().stream()
        .filter(m -> m.role() == Role.OWNER)
        .findFirst()
        .orElseThrow(IllegalStateException::new);
  }

  private Role roleOfActor(UserId actor) {
    return roleOf(actor).orElseThrow(() -> new NotFound("Workspace"));
  }

  private Member member(UserId user) {
    Member member = members.get(user);
    if (member == null) {
      throw new NotFound("Member");
    }
    return member;
  }

  private static void requireAssignable(Role role) {
    Role.assignable(role.wireName(), "role");
  }

  private Workspace replacing(Member changed) {
    List<Member> next = new ArrayList<>(members.values());
    next.replaceAll(m -> m.user().equals(changed.user()) ? changed : m);
    return with(next);
  }

  private Workspace with(List<Member> next) {
    return new Workspace(id, name, currency, createdAt, next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Workspace other
        && id.equals(other.id)
        && name.equals(other.name)
        && currency.equals(other.currency)
        && createdAt.equals(other.createdAt)
        && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, currency, createdAt, members);
  }

  @Override
  public String toString() {
    return "Workspace[id=" + id + ", currency=" + currency + ", members=" + members.size() + "]";
  }
}

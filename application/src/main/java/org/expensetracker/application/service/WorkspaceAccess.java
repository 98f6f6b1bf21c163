package org.expensetracker.application.service;

import java.util.Collection;
import java.util.List;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * The membership checks every workspace-scoped expense use case starts with. A non-member gets the
 * same 404 as for a workspace that does not exist, and a person named in a request who has nothing
 * to do with the workspace is not found either, so ids from elsewhere reveal nothing.
 */
final class WorkspaceAccess {
  private final Memberships memberships;
  private final Expenses expenses;

  WorkspaceAccess(Memberships memberships, Expenses expenses) {
    this.memberships = memberships;
    this.expenses = expenses;
  }

  Membership member(WorkspaceId workspace, UserId user) {
    return memberships.find(workspace, user).orElseThrow(() -> new NotFound("Workspace"));
  }

  /** A member who may read the workspace (every role may). */
  Membership reader(WorkspaceId workspace, UserId user) {
    Membership member = member(workspace, user);
    member.require(Action.VIEW_WORKSPACE);
    return member;
  }

  /**
   * A reader's page of {@code query}, read together with their membership where the adapter can:
   * the same 404 as {@link #reader} for a non-member, and the role checked as there.
   */
  List<Expense> pageForReader(Expenses.ReaderQuery query, int limit) {
    Expenses.ReaderPage page =
        expenses
            .listAsReader(memberships, query, limit)
            .orElseThrow(() -> new NotFound("Workspace"));
    page.reader().require(Action.VIEW_WORKSPACE);
    return page.rows();
  }

  /**
   * The current members with their roles, locked against removal until the transaction ends: every
   * change that moves balances takes this first (see {@link Memberships#lockRoster}). A missing
   * workspace is not found.
   */
  Roster lockRoster(WorkspaceId workspace) {
    return memberships.lockRoster(workspace).orElseThrow(() -> new NotFound("Workspace"));
  }

  /**
   * The caller's membership from the locked roster, in the same round trip as the lock: a
   * non-member gets the 404 of {@link #member}.
   */
  Membership memberUnderLock(Roster roster, UserId user) {
    return roster.membershipOf(user).orElseThrow(() -> new NotFound("Workspace"));
  }

  /**
   * Everyone named (payers, participants, the parties of a settlement) must be a current member of
   * the locked roster; anyone else is not found, whether they exist elsewhere or not.
   */
  static void requireAmong(Roster roster, Collection<UserId> users) {
    if (!roster.roles().keySet().containsAll(users)) {
      throw new NotFound("Member");
    }
  }

  /** A person to filter by: a current member, or someone who left but has expenses here. */
  void requireKnownPerson(WorkspaceId workspace, UserId user) {
    if (memberships.find(workspace, user).isEmpty() && !expenses.involves(workspace, user)) {
      throw new NotFound("Member");
    }
  }
}

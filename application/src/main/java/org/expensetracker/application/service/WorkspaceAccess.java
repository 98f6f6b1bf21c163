package org.expensetracker.application.service;

import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Membership;
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

  /** A payer must be a current member. */
  void requireCurrentMember(WorkspaceId workspace, UserId user) {
    if (memberships.find(workspace, user).isEmpty()) {
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

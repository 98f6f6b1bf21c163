package org.expensetracker.domain.workspace;

/** Everything a member may try to do in a workspace; the {@link RolePolicy} decides who may. */
public enum Action {
  VIEW_WORKSPACE,
  RENAME_WORKSPACE,
  CHANGE_CURRENCY,
  DELETE_WORKSPACE,
  TRANSFER_OWNERSHIP,
  ADD_MEMBER,
  REMOVE_MEMBER,
  /** Set a role among admin, member, viewer on someone who is not an admin. */
  CHANGE_ROLE,
  /** Promote to, demote or remove an admin. */
  MANAGE_ADMINS,
  CREATE_EXPENSE,
  EDIT_OWN_EXPENSE,
  EDIT_ANY_EXPENSE,
  RECORD_OWN_SETTLEMENT,
  RECORD_ANY_SETTLEMENT
}

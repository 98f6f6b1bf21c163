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
  /** Set a role among admin, member, viewer on a member who is not an admin (or on oneself). */
  CHANGE_ROLE,
  /** Change the role of, or remove, another admin. Promoting to admin is {@link #CHANGE_ROLE}. */
  MANAGE_ADMINS,
  CREATE_EXPENSE,
  EDIT_OWN_EXPENSE,
  EDIT_ANY_EXPENSE,
  RECORD_OWN_SETTLEMENT,
  RECORD_ANY_SETTLEMENT,
  /** Set the workspace's own exchange rates (reading them is {@link #VIEW_WORKSPACE}). */
  MANAGE_EXCHANGE_RATES
}

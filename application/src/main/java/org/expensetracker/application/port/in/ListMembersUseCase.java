package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.domain.identity.UserId;

/** Incoming port: a workspace's members, for any of its members, in the order they joined. */
public interface ListMembersUseCase {
  List<MemberView> members(Scope scope);

  /** One member; {@code NotFound("Member")} when {@code member} is not in the workspace. */
  MemberView member(Scope scope, UserId member);
}

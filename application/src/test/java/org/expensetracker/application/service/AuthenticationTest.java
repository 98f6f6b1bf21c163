package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.AuthenticationFailed;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private final IdentityTestbed bed = IdentityTestbed.withoutOtp();

  @Test
  void aValidTokenNamesItsUser() {
    UserId id = bed.register("ada@example.com").id();
    String token = bed.login("ada@example.com", IdentityTestbed.PASSWORD).accessToken();

    assertThat(bed.core.authenticate().authenticate(token)).isEqualTo(id);
  }

  @Test
  void aTokenTheVerifierRefusesFails() {
    assertThatThrownBy(() -> bed.core.authenticate().authenticate("garbage"))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void aTokenOfADeletedUserFails() {
    UserId id = bed.register("ada@example.com").id();
    String token = bed.login("ada@example.com", IdentityTestbed.PASSWORD).accessToken();
    bed.users.remove(id);

    assertThatThrownBy(() -> bed.core.authenticate().authenticate(token))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void aTokenOfAnUnknownUserFails() {
    String token = FakeTokens.forge(new UserId(UUID.randomUUID()), bed.clock.instant());

    assertThatThrownBy(() -> bed.core.authenticate().authenticate(token))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void aTokenIssuedBeforeThePasswordChangeFailsAndOneIssuedInTheSameMillisecondAfterWorks() {
    UserId id = bed.register("ada@example.com").id();
    bed.clock.advance(Duration.ofMinutes(1));
    Instant change = bed.clock.instant();
    User user = bed.users.byId(id).orElseThrow();
    bed.users.update(user.changePassword(new PasswordHash("fake$10$x$y"), change));

    String before = FakeTokens.forge(id, change.minusMillis(1));
    String same = FakeTokens.forge(id, change);

    assertThatThrownBy(() -> bed.core.authenticate().authenticate(before))
        .isInstanceOf(AuthenticationFailed.class);
    assertThat(bed.core.authenticate().authenticate(same)).isEqualTo(id);
  }

  @Test
  void theCurrentUserIsReadFresh() {
    UserId id = bed.register("ada@example.com").id();

    assertThat(bed.core.currentUser().me(id).email()).isEqualTo("ada@example.com");
  }
}

package org.expensetracker.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.domain.testing.Users;
import org.junit.jupiter.api.Test;

class UserIdTest {

  @Test
  void userIdsSortLikeTheirStringsEvenWhereUuidCompareToDisagrees() {
    UserId low = new UserId(UUID.fromString("10000000-0000-4000-8000-000000000000"));
    UserId high = new UserId(UUID.fromString("f0000000-0000-4000-8000-000000000000"));

    assertThat(low.value().compareTo(high.value())).isPositive(); // UUID compares signed halves
    assertThat(low).isLessThan(high);
  }

  @Property
  void orderIsTheOrderOfTheCanonicalStrings(
      @ForAll("ids") UserId first, @ForAll("ids") UserId second) {
    assertThat(Integer.signum(first.compareTo(second)))
        .isEqualTo(Integer.signum(first.toString().compareTo(second.toString())));
  }

  @Provide
  Arbitrary<UserId> ids() {
    return Users.anyUserId();
  }
}

package org.expensetracker.adapters.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.expensetracker.domain.identity.Password;
import org.expensetracker.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  private static final byte[] PEPPER =
      "test pepper of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
  // The cost is not what most tests here are about; 4 keeps them fast.
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(PEPPER, 4, 4);

  private static Password pw(String raw) {
    return Password.present(raw, "password");
  }

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    PasswordHash hash = hasher.hash(pw("correct horse battery"));

    assertThat(hasher.matches(pw("correct horse battery"), hash)).isTrue();
    assertThat(hasher.matches(pw("correct horse batterY"), hash)).isFalse();
  }

  @Test
  void theHashIsBcryptAndNeverContainsThePassword() {
    PasswordHash hash = hasher.hash(pw("correct horse battery"));

    assertThat(hash.value()).startsWith("$2a$04$").doesNotContain("correct");
    assertThat(hash.toString()).doesNotContain(hash.value());
  }

  @Test
  void twoPasswordsSharingTheirFirst72BytesAreDifferent() {
    String prefix = "x".repeat(72);
    PasswordHash hash = hasher.hash(pw(prefix + "first"));

    assertThat(hasher.matches(pw(prefix + "first"), hash)).isTrue();
    assertThat(hasher.matches(pw(prefix + "second"), hash)).isFalse();
    assertThat(hasher.matches(pw(prefix), hash)).isFalse();
  }

  @Test
  void aPasswordOfManyMultiByteCharactersHashesWithoutError() {
    // 128 four-byte characters: 512 UTF-8 bytes, far over bcrypt's limit.
    String emoji = "\uD83D\uDE00".repeat(128);

    PasswordHash hash = hasher.hash(pw(emoji));

    assertThat(hasher.matches(pw(emoji), hash)).isTrue();
    assertThat(hasher.matches(pw("\uD83D\uDE00".repeat(127) + "\uD83D\uDE01"), hash)).isFalse();
  }

  @Test
  void theSamePasswordWithAnotherPepperDoesNotMatch() {
    PasswordHash hash = hasher.hash(pw("correct horse battery"));
    BcryptPasswordHasher other =
        new BcryptPasswordHasher(
            "another pepper, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8), 4, 4);

    assertThat(other.matches(pw("correct horse battery"), hash)).isFalse();
  }

  @Test
  void normalisedFormsOfTheSamePasswordMatch() {
    // "e" + combining acute accent and the precomposed "é" are the same password after NFKC.
    PasswordHash hash = hasher.hash(pw("caf\u00e9 au lait please"));

    assertThat(hasher.matches(pw("cafe\u0301 au lait please"), hash)).isTrue();
  }

  @Test
  void aMalformedStoredHashSimplyDoesNotMatch() {
    assertThat(hasher.matches(pw("anything at all"), new PasswordHash("not-a-bcrypt-hash")))
        .isFalse();
  }

  @Test
  void aHashWithALowerCostThanConfiguredNeedsRehash() {
    PasswordHash cheap = hasher.hash(pw("correct horse battery"));
    BcryptPasswordHasher stronger = new BcryptPasswordHasher(PEPPER, 5, 4);

    assertThat(hasher.needsRehash(cheap)).isFalse();
    assertThat(stronger.needsRehash(cheap)).isTrue();
    assertThat(stronger.matches(pw("correct horse battery"), cheap)).isTrue();
  }

  @Test
  void productionRefusesACostBelowTenAndAShortPepper() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(PEPPER, 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(new byte[31], 12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new BcryptPasswordHasher(PEPPER, 10).hash(pw("correct horse battery")).value())
        .startsWith("$2a$10$");
  }
}

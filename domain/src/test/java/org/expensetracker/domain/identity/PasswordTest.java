package org.expensetracker.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.expensetracker.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

  @Test
  void twelveToOneHundredTwentyEightCharactersAreAccepted() {
    assertThat(Password.choose("a".repeat(5) + "bcdefgh", "password")).isNotNull();
    assertThat(Password.choose("xq7".repeat(42) + "zz", "password")).isNotNull();
  }

  @Test
  void elevenCharactersAreTooShortAnd129TooLong() {
    assertThatThrownBy(() -> Password.choose("abcdefghijk", "password"))
        .hasMessageContaining("at least 12");
    assertThatThrownBy(() -> Password.choose("xq7".repeat(43), "password"))
        .hasMessageContaining("at most 128");
  }

  @Test
  void lengthCountsCharactersNotBytesOrUtf16Units() {
    // 12 emoji: 24 UTF-16 units, 48 bytes, but 12 characters.
    assertThat(Password.choose("\uD83D\uDE00\uD83D\uDE01".repeat(6), "password")).isNotNull();
    // 128 emoji are allowed, 129 are not.
    assertThat(Password.choose("\uD83D\uDE00".repeat(127) + "\uD83D\uDE01", "password"))
        .isNotNull();
    assertThatThrownBy(() -> Password.choose("\uD83D\uDE00".repeat(129), "password"))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void spacesAndUnicodeAreAllowed() {
    assertThat(Password.choose("  mon mot de passe très long  ", "password")).isNotNull();
  }

  @Test
  void isNfkcNormalisedSoEquivalentSpellingsGiveTheSameBytes() {
    Password composed = Password.choose("caf\u00e9 au lait please", "password");
    Password decomposed = Password.present("cafe\u0301 au lait please", "password");
    Password fullWidth = Password.present("ｃａｆé au lait please", "password");

    assertThat(decomposed.utf8()).isEqualTo(composed.utf8());
    assertThat(fullWidth.utf8()).isEqualTo(composed.utf8());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password1234",
        "PASSWORD1234",
        "qwertyuiop123",
        "123456789012",
        "iloveyou1234",
        "correct horse battery staple",
        "aaaaaaaaaaaa"
      })
  void commonBreachedPasswordsAreRefusedWhateverTheirCase(String common) {
    assertThatThrownBy(() -> Password.choose(common, "new_password"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("new_password");
              assertThat(e.errors().get(0).message()).contains("breached");
            });
  }

  @Test
  void theBundledListHasThousandsOfEntries() {
    assertThat(CommonPasswords.size()).isGreaterThan(5_000);
  }

  @Test
  void aPresentedPasswordOnlyNeedsToBeNonEmptyAndBounded() {
    assertThat(Password.present("short", "password").utf8())
        .isEqualTo("short".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Password.present("", "password")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Password.present(null, "password")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Password.present("x".repeat(129), "password"))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aMegabytePasswordIsRefusedQuickly() {
    String huge = "x".repeat(1 << 20);
    long start = System.nanoTime();

    assertThatThrownBy(() -> Password.choose(huge, "password")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Password.present(huge, "password")).isInstanceOf(InvalidInput.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
  }

  @Test
  void neverPrintsItself() {
    assertThat(Password.present("my secret phrase", "password").toString())
        .doesNotContain("secret");
  }
}

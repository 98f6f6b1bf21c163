package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {
  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.10, fd00::/8");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(TrustedProxies.NONE.clientOf("203.0.113.9", List.of("198.51.100.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void anUntrustedPeerCannotChooseItsAddressWithTheHeader() {
    assertThat(proxies.clientOf("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyNamesTheClient() {
    assertThat(proxies.clientOf("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(proxies.clientOf("192.168.1.10", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(proxies.clientOf("fd12::1", List.of("2001:db8::7")))
        .isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void theClientIsTheRightmostHopThatIsNotATrustedProxy() {
    // The client wrote "1.1.1.1" itself; the first proxy appended its real peer, 198.51.100.1.
    assertThat(proxies.clientOf("10.0.0.1", List.of("1.1.1.1, 198.51.100.1, 10.0.0.2")))
        .isEqualTo("198.51.100.1");
    // Several headers count as one list, in order.
    assertThat(proxies.clientOf("10.0.0.1", List.of("1.1.1.1", "198.51.100.1", "10.0.0.2")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
    assertThat(proxies.clientOf("10.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
    assertThat(proxies.clientOf("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
  }

  @Test
  void aHopThatIsNotAnAddressEndsTheWalkAtTheLastTrustedHop() {
    assertThat(proxies.clientOf("10.0.0.1", List.of("evil.example, 10.0.0.2")))
        .isEqualTo("10.0.0.2");
    assertThat(proxies.clientOf("10.0.0.1", List.of("1234"))).isEqualTo("10.0.0.1");
  }

  @Test
  void prefixesOtherThanWholeBytesMatchBitByBit() {
    TrustedProxies block = TrustedProxies.parse("172.16.0.0/12");
    assertThat(block.trusts("172.31.255.255")).isTrue();
    assertThat(block.trusts("172.32.0.0")).isFalse();
    assertThat(block.trusts("172.15.255.255")).isFalse();
    assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8")).isTrue();
    assertThat(block.trusts("::ffff:172.16.0.1")).isTrue();
    assertThat(block.trusts("fd00::1")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "1234", "10.0.0"})
  void anEntryThatIsNotAnAddressOrBlockIsRefusedByName(String entry) {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1, " + entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + entry + "'");
  }

  @Test
  void anEmptyListTrustsNobody() {
    assertThat(TrustedProxies.parse(" , ").clientOf("10.0.0.1", List.of("1.2.3.4")))
        .isEqualTo("10.0.0.1");
    assertThat(TrustedProxies.parse("")).hasToString("(none)");
  }
}

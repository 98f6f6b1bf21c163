package org.expensetracker.adapters.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed (addresses or CIDR blocks, IPv4 or
 * IPv6). The client of a request is the nearest address in the forwarding chain that is not one of
 * them, so a client cannot pick its own address for the per-client rate limits by sending the
 * header itself. With no proxies configured the header is ignored.
 */
public final class TrustedProxies {
  /** Believe nobody: the client is the peer of the TCP connection. */
  public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Block> blocks;
  private final String text;

  private TrustedProxies(List<Block> blocks, String text) {
    this.blocks = List.copyOf(blocks);
    this.text = text;
  }

  /**
   * Parses a comma-separated list such as {@code 10.0.0.0/8, 192.168.1.10, fd00::/8}.
   *
   * @throws IllegalArgumentException naming the entry that is not an address or CIDR block
   */
  public static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    for (String raw : list.split(",")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
      int bits = address == null ? -1 : address.length * 8;
      int prefix = bits;
      if (address != null && slash >= 0) {
        String length = entry.substring(slash + 1);
        prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
      }
      if (address == null || prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR block");
      }
      blocks.add(new Block(address, prefix));
    }
    return new TrustedProxies(blocks, String.join(",", list.strip().split("\\s*,\\s*")));
  }

  /**
   * The client's address: the connection's peer, unless that peer is a trusted proxy; then the
   * rightmost {@code X-Forwarded-For} entry that is not a trusted proxy (the leftmost if all are).
   * An entry that is not an IP address ends the walk at the last trusted hop.
   */
  public String clientOf(String peer, List<String> forwardedFor) {
    String client = normalized(peer);
    if (blocks.isEmpty() || !trusts(client)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      byte[] address = literal(hops.get(i));
      if (address == null) {
        return client;
      }
      client = normalized(hops.get(i));
      if (!trusts(client)) {
        return client;
      }
    }
    return client;
  }

  boolean trusts(String address) {
    byte[] bytes = literal(address);
    return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
  }

  private static String normalized(String address) {
    byte[] bytes = literal(address);
    if (bytes == null) {
      return address;
    }
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  /** The bytes of an IP literal (IPv4-mapped IPv6 as IPv4), or null; never a DNS lookup. */
  private static byte[] literal(String text) {
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
      return null;
    }
    try {
      // Only literals reach this point, so getByName parses and does not resolve.
      return InetAddress.getByName(value).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return text.isEmpty() ? "(none)" : text;
  }

  private record Block(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }
}

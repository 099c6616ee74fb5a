package org.pawprints.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reverse proxies whose forwarding headers Pawprints believes: PAWPRINTS_TRUSTED_PROXIES, a
 * comma-separated list of addresses or CIDR ranges ({@code 127.0.0.1, 10.0.0.0/8, ::1}); none by
 * default. A header from anyone else is a claim anyone can write, and is ignored.
 */
public final class TrustedProxies {

  private static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** The configured proxies. */
  public static TrustedProxies configured() {
    return ConfigProvider.getConfig(TrustedProxies.class.getClassLoader())
        .getOptionalValue("pawprints.trusted.proxies", String.class)
        .map(TrustedProxies::parse)
        .orElse(NONE);
  }

  /** Parses a setting's value; an entry that is not a literal address or range is refused. */
  public static TrustedProxies parse(String setting) {
    return new TrustedProxies(
        Arrays.stream(setting.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(Range::parse)
            .toList());
  }

  public boolean trusts(String address) {
    return literal(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
  }

  /**
   * The client behind a chain of trusted proxies: the right-most address of X-Forwarded-For that is
   * not itself a trusted proxy (every proxy appends the address it received from, so entries
   * further left were written by whoever sent the request and prove nothing).
   */
  public String clientBehind(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trusts(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (literal(hop).isEmpty()) {
        return remoteAddress;
      }
      if (!trusts(hop)) {
        return hop;
      }
    }
    return hops.isEmpty() ? remoteAddress : hops.get(0);
  }

  /** Only numeric addresses: a name would make every request wait for a DNS lookup. */
  static Optional<byte[]> literal(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String bare = address.strip();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    boolean numeric =
        !bare.isEmpty()
            && bare.toLowerCase(Locale.ROOT)
                .chars()
                .allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    if (!numeric) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(bare).getAddress());
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
  }

  private record Range(byte[] network, int prefixBits) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] network =
          literal(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "PAWPRINTS_TRUSTED_PROXIES: not an address or range: " + entry));
      int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException("PAWPRINTS_TRUSTED_PROXIES: bad prefix in " + entry);
      }
      return new Range(network, bits);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefixBits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}

package de.smilecity.exchange.crawl.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Tells public addresses from those a crawler must not reach unless a source is marked as local:
 * loopback, private (site-local), link-local, multicast, unspecified, IPv6 unique-local, IPv4-mapped
 * IPv6, and the IPv4 ranges reserved for carrier NAT, benchmarks and future use. Checked after DNS
 * resolution, so that a public name pointing at 127.0.0.1 is caught too.
 */
public final class AddressPolicy {

    private AddressPolicy() {}

    /** What kind of non-public address this is ("a loopback address"), or empty for a public one. */
    public static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) return Optional.of("a loopback address");
        if (address.isAnyLocalAddress()) return Optional.of("the unspecified address");
        if (address.isLinkLocalAddress()) return Optional.of("a link-local address");
        if (address.isSiteLocalAddress()) return Optional.of("a private (site-local) address");
        if (address.isMulticastAddress()) return Optional.of("a multicast address");
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return Optional.of("an IPv6 unique-local address");
            if (isIpv4Mapped(b)) return Optional.of("an IPv4-mapped IPv6 address");
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return Optional.of("an IPv6 site-local address");
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return Optional.of("an address of 'this network' (0.0.0.0/8)");
            if (first == 100 && second >= 64 && second < 128) return Optional.of("a carrier-grade NAT address");
            if (first == 198 && (second == 18 || second == 19)) return Optional.of("a benchmark-network address");
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return Optional.of("an IETF protocol address");
            if (first >= 240) return Optional.of("a reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}

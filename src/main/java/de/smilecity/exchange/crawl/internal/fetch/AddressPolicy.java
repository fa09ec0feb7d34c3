package de.smilecity.exchange.crawl.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells public addresses from those a crawler must not reach unless the deployment allows the local
 * network: loopback, private (site-local), link-local (with the cloud metadata address
 * 169.254.169.254), multicast, unspecified, IPv6 unique-local (with fd00:ec2::254), IPv4-mapped and
 * IPv4-compatible IPv6, IPv6 forms that carry a non-public IPv4 address (NAT64, 6to4), and the IPv4
 * ranges reserved for carrier NAT, benchmarks, broadcast and future use. Checked after DNS
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
            if (isIpv4Compatible(b)) return Optional.of("an IPv4-compatible IPv6 address");
            Optional<String> carried = carriedIpv4(b).flatMap(AddressPolicy::nonPublicKind);
            if (carried.isPresent()) return Optional.of("an IPv6 address that carries " + carried.get());
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

    /**
     * What kind of non-public host a name is without asking DNS, or empty: {@code localhost} and
     * every name under it (RFC 6761), with or without the final dot, belong to this machine.
     */
    public static Optional<String> nonPublicName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of("a name of this machine (localhost)");
        }
        return Optional.empty();
    }

    /** ::a.b.c.d (deprecated) reaches an IPv4 address on some stacks; :: and ::1 are caught before. */
    private static boolean isIpv4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    /** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, which routers reach. */
    private static Optional<InetAddress> carriedIpv4(byte[] b) {
        byte[] v4;
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}

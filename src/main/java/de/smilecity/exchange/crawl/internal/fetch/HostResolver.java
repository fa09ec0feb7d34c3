package de.smilecity.exchange.crawl.internal.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/** Resolves a host name to its addresses; the system's DNS unless a test or benchmark says otherwise. */
@FunctionalInterface
public interface HostResolver {

    /**
     * The system's resolver, after reading every spelling of an IP address as that address without
     * asking DNS: {@code [::1]}, {@code 127.1}, {@code 0x7f000001}, {@code 2130706433} and
     * {@code 0177.0.0.1} (octal, read as 127.0.0.1 as C libraries and browsers read it).
     */
    HostResolver SYSTEM = host -> {
        Optional<InetAddress> literal = literal(host);
        return literal.isPresent() ? List.of(literal.get()) : List.of(InetAddress.getAllByName(host));
    };

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The address a host written as an IP address stands for, or empty for a host name. */
    static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return Optional.of(bare.contains(":") ? InetAddress.ofLiteral(bare) : Inet4Address.ofPosixLiteral(bare));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a host name: DNS answers for it
        }
    }
}

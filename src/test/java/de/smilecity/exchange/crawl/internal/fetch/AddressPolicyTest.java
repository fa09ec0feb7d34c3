package de.smilecity.exchange.crawl.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "224.0.0.1",
                "100.64.1.1",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "255.255.255.255"
            })
    void refusesNonPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "141.30.1.1", "2a00:1450:4001:80b::2003", "8.8.8.8"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void refusesIpv4MappedAddresses(String address) throws UnknownHostException {
        // Java turns most mapped addresses into IPv4 ones; either way they must be refused.
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName(address))).isPresent();
    }
}

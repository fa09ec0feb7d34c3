package de.smilecity.exchange.crawl.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.crawl.FixtureServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a hostile partner site or a careless editor may try to make the crawler fetch: every
 * spelling of this machine, the cloud metadata service, private ranges, other schemes, user info,
 * redirects to each of these, and a DNS answer that changes between check and connection.
 *
 * <p>No traffic leaves the machine: every socket the fetcher opens goes through a guard that
 * records its address and lets only 127.0.0.1 through (to the local fixture server). Addresses that
 * are not loopback are refused by the policy before any socket exists, which the guard proves; the
 * "public" address of the rebinding case is only what a fake resolver answers, and the guard stops
 * the connection to it.
 */
@Tag("hostile")
class SsrfCorpusTest {

    /** Loopback, private, metadata and other non-public targets, each in the spellings found in the wild. */
    static final String[] NON_PUBLIC = {
        "http://127.0.0.1/",
        "http://127.1/",
        "http://127.0.1/",
        "http://0x7f000001/",
        "http://0x7f.0.0.1/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://017700000001/",
        "http://127.255.255.254/",
        "http://[::1]/",
        "http://[0:0:0:0:0:0:0:1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::127.0.0.1]/",
        "http://0.0.0.0/",
        "http://0/",
        "http://[::]/",
        "http://localhost/",
        "http://localhost./",
        "http://LOCALHOST/",
        "http://admin.localhost/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://10.0.0.1/",
        "http://10.255.255.255/",
        "http://012.0.0.1/",
        "http://172.16.0.1/",
        "http://172.31.255.254/",
        "http://192.168.0.1/",
        "http://192.168.178.1/",
        "http://100.64.0.1/",
        "http://100.127.255.254/",
        "http://[fc00::1]/",
        "http://[fd12:3456:789a::1]/",
        "http://[fe80::1]/",
        "http://[febf::1]/",
        "http://[fec0::1]/",
        "http://224.0.0.1/",
        "http://239.255.255.250:1900/",
        "http://[ff02::1]/",
        "http://255.255.255.255/",
        "http://240.0.0.1/",
        "http://198.18.0.1/",
        "http://[64:ff9b::7f00:1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
        "http://[2002:c0a8:101::]/",
        "https://127.0.0.1:8443/",
        "http://public@127.0.0.1/",
        "http://127.0.0.1:80@127.0.0.1/",
    };

    /** Not http or https, or carrying user info: refused before any name is resolved. */
    static final String[] NEVER_FETCHED = {
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "ftp://127.0.0.1/",
        "ftp://partner.example/bericht.pdf",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "jar:http://partner.example/a.jar!/",
        "dict://127.0.0.1:11211/stat",
        "ldap://127.0.0.1/",
        "netdoc:///etc/passwd",
        "http://user:secret@partner.example/",
        "http://partner.example@127.0.0.1/",
    };

    /** The fixture server's address as the test resolver answers it for "partner.test", and only then. */
    static final InetAddress PARTNER = address("partner.test", 127, 0, 0, 1);

    /** What the rebinding resolver answers first: a public address (documentation range), never connected. */
    static final InetAddress REBIND_PUBLIC = address("rebind.test", 203, 0, 113, 7);

    final FixtureServer server = FixtureServer.serving("profile-site");
    final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
    final AtomicInteger rebindLookups = new AtomicInteger();

    /**
     * partner.test is the fixture server; rebind.test answers a public address the first time and
     * 127.0.0.1 after that; every other host goes to the system resolver, which reads IP addresses
     * in any spelling without asking DNS (names of this corpus are refused before it is asked).
     */
    final HostResolver resolver = host -> switch (host) {
        case "partner.test" -> List.of(PARTNER);
        case "nowhere.test" -> List.of();
        case "rebind.test" ->
            List.of(rebindLookups.getAndIncrement() == 0 ? REBIND_PUBLIC : address("rebind.test", 127, 0, 0, 1));
        default -> HostResolver.SYSTEM.resolve(host);
    };

    /**
     * The production policy, except that the fixture server's own address object (handed out for
     * partner.test only) counts as public: 127.0.0.1 reached in any other way is still refused.
     */
    final PageFetcher fetcher = new PageFetcher(
            PageFetcherTest.SETTINGS,
            resolver,
            a -> a == PARTNER ? Optional.empty() : AddressPolicy.nonPublicKind(a),
            this::onlyLoopbackLeavesTheTest);

    static List<String> nonPublic() {
        return List.of(NON_PUBLIC);
    }

    static List<String> neverFetched() {
        return List.of(NEVER_FETCHED);
    }

    @AfterEach
    void close() {
        server.close();
        fetcher.close();
    }

    @Test
    void aHostThatCannotBeFoundIsRefusedButNotForbidden() {
        // The sources page warns of forbidden addresses only: a host not found today may be found tomorrow.
        assertThat(fetcher.check(URI.create("https://nowhere.test/cases"))).hasValueSatisfying(r -> {
            assertThat(r.forbidden()).isFalse();
            assertThat(r.reason()).contains("nowhere.test").contains("DNS");
        });
    }

    @ParameterizedTest
    @MethodSource("nonPublic")
    void refusesANonPublicAddressBeforeAnyConnection(String url) throws InterruptedException {
        assertThat(fetcher.check(URI.create(url))).hasValueSatisfying(r -> {
            assertThat(r.forbidden()).isTrue();
            assertThat(r.reason()).startsWith("refused: ");
        });
        FetchResult result = fetcher.fetch(URI.create(url), target -> Optional.empty());
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
            assertThat(f.refused()).isTrue();
            assertThat(f.reason()).startsWith("refused: ");
        });
        assertThat(connects).as("sockets opened for %s", url).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("neverFetched")
    void refusesOtherSchemesAndUserInfoBeforeAnyLookup(String url) throws InterruptedException {
        FetchResult result = fetcher.fetch(URI.create(url), target -> Optional.empty());
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
            assertThat(f.refused()).isTrue();
            assertThat(f.reason()).startsWith("refused: ").doesNotContain("secret");
        });
        assertThat(connects).isEmpty();
    }

    /** The redirect targets carry the fixture server's port: a target let through would be answered. */
    @Test
    void refusesARedirectFromThePartnerSiteToEachNonPublicAddress() throws InterruptedException {
        int port = URI.create(server.base()).getPort();
        for (String target : NON_PUBLIC) {
            URI base = URI.create(target);
            String aimed = base.getPort() < 0
                    ? target.replaceFirst("^(\\w+://[^/]+)/", "$1:" + port + "/") + "secret"
                    : target + "secret";
            server.on("/go", ex -> redirect(ex, aimed));
            connects.clear();
            int before = server.requests().size();
            FetchResult result =
                    fetcher.fetch(URI.create("http://partner.test:" + port + "/go"), next -> Optional.empty());
            assertThat(result).as(aimed).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
                assertThat(f.refused()).isTrue();
                assertThat(f.reason()).startsWith("refused: ");
            });
            assertThat(server.requestedPaths().subList(before, server.requests().size()))
                    .as(aimed)
                    .containsExactly("/go");
            assertThat(connects)
                    .as(aimed)
                    .allSatisfy(a -> assertThat(a.getAddress()).isSameAs(PARTNER));
        }
        for (String target : NEVER_FETCHED) {
            server.on("/go", ex -> redirect(ex, target));
            assertThat(fetcher.fetch(URI.create("http://partner.test:" + port + "/go"), next -> Optional.empty()))
                    .as(target)
                    .isInstanceOfSatisfying(
                            FetchResult.Failure.class,
                            f -> assertThat(f.refused()).isTrue());
        }
        assertThat(server.requestedPaths()).doesNotContain("/secret");
    }

    @Test
    void connectsToTheAddressItCheckedWhenTheDnsAnswerChanges() throws InterruptedException {
        int port = URI.create(server.base()).getPort();
        FetchResult result =
                fetcher.fetch(URI.create("http://rebind.test:" + port + "/index.html"), next -> Optional.empty());
        assertThat(result).isInstanceOf(FetchResult.Failure.class);
        assertThat(rebindLookups).hasValue(1);
        assertThat(connects).extracting(InetSocketAddress::getAddress).containsExactly(REBIND_PUBLIC);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void pinsTheAddressOfARedirectTargetToo() throws InterruptedException {
        int port = URI.create(server.base()).getPort();
        server.on("/go", ex -> redirect(ex, "http://rebind.test:" + port + "/index.html"));
        FetchResult result = fetcher.fetch(URI.create("http://partner.test:" + port + "/go"), next -> Optional.empty());
        assertThat(result).isInstanceOf(FetchResult.Failure.class);
        assertThat(rebindLookups).hasValue(1);
        assertThat(connects).extracting(InetSocketAddress::getAddress).containsExactly(PARTNER, REBIND_PUBLIC);
        assertThat(server.requestedPaths()).containsExactly("/go");
    }

    @Test
    void fetchesThePartnerSiteItself() throws InterruptedException {
        // The corpus would prove nothing if the fetcher refused everything: the fixture server is reached.
        int port = URI.create(server.base()).getPort();
        assertThat(fetcher.fetch(URI.create("http://partner.test:" + port + "/index.html"), next -> Optional.empty()))
                .isInstanceOf(FetchResult.Page.class);
        assertThat(server.requestedPaths()).containsExactly("/index.html");
    }

    @Test
    void namesTheHostInTheRequestWhileConnectingToItsCheckedAddress() throws InterruptedException {
        int port = URI.create(server.base()).getPort();
        server.on(
                "/host",
                ex -> FixtureServer.send(
                        ex, 200, "text/plain", ex.getRequestHeaders().getFirst("Host")));
        assertThat(fetcher.fetch(URI.create("http://partner.test:" + port + "/host"), next -> Optional.empty()))
                .isInstanceOfSatisfying(
                        FetchResult.Page.class,
                        page -> assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                                .isEqualTo("partner.test:" + port));
        assertThat(connects).extracting(InetSocketAddress::getAddress).containsExactly(PARTNER);
    }

    /** Records every socket and stops each that would leave the machine. */
    private void onlyLoopbackLeavesTheTest(InetSocketAddress address) throws IOException {
        connects.add(address);
        if (!address.getAddress().isLoopbackAddress()) {
            throw new ConnectException("test guard: no connection to " + address + " leaves this machine");
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static InetAddress address(String name, int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(name, new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

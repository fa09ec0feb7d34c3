package de.smilecity.exchange.crawl.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The only code of the app that opens connections to other sites. Every request: http or https
 * only, no user name or password in the URL; the host resolved once and each of its addresses
 * checked against {@link AddressPolicy} (unless the deployment allows the local network); the
 * connection made to the address that was checked, never to a second DNS answer (the client gets
 * the address, while Host header, SNI and certificate check keep the host name); an honest
 * User-Agent; connect and read timeouts; redirects followed by hand, each target checked and pinned
 * again; the body capped, a cut recorded instead of hidden. A PDF (a partner's report) has a cap
 * of its own, and one beyond it is refused rather than cut, because a cut PDF cannot be read.
 */
public final class PageFetcher implements AutoCloseable {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final int BUFFER = 16 * 1024;
    /** Connections kept open at most, across all runs; per host, a run sends one request at a time. */
    private static final int MAX_CONNECTIONS = 64;

    private static final int MAX_CONNECTIONS_PER_HOST = 4;

    /**
     * Called with the address of every socket right before it connects; throws to stop it. The last
     * wall: the address was checked when it was resolved, and no other address reaches a socket.
     */
    @FunctionalInterface
    interface ConnectGuard {
        void beforeConnect(InetSocketAddress address) throws IOException;
    }

    /** A connection the guard stopped; its message is the reason recorded for the page. */
    private static final class RefusedAddress extends IOException {
        RefusedAddress(String reason) {
            super(reason);
        }
    }

    /** The checked addresses of a URL's host, in the order the resolver gave them. */
    private record Admitted(String host, List<InetAddress> addresses) {}

    private final FetchSettings settings;
    private final HostResolver resolver;
    private final Function<InetAddress, Optional<String>> nonPublicKind;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public PageFetcher(FetchSettings settings, HostResolver resolver) {
        this(settings, resolver, AddressPolicy::nonPublicKind);
    }

    /**
     * @param nonPublicKind tells what kind of non-public address an address is; tests that serve
     *     fixtures on 127.0.0.1 and still check the refusal of private addresses replace it. Not
     *     asked when the settings allow the local network.
     */
    public PageFetcher(
            FetchSettings settings, HostResolver resolver, Function<InetAddress, Optional<String>> nonPublicKind) {
        this(settings, resolver, nonPublicKind, null);
    }

    /**
     * @param guard replaces the check of each socket's address against the policy (tests that must
     *     see where a connection would go without letting it leave the machine)
     */
    PageFetcher(
            FetchSettings settings,
            HostResolver resolver,
            Function<InetAddress, Optional<String>> nonPublicKind,
            @Nullable ConnectGuard guard) {
        this.settings = settings;
        this.resolver = resolver;
        this.nonPublicKind = settings.localNetworkAllowed() ? address -> Optional.empty() : nonPublicKind;
        ConnectGuard wall = guard != null ? guard : this::refuseNonPublic;
        this.client = client(settings, wall);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    private static CloseableHttpClient client(FetchSettings settings, ConnectGuard guard) {
        // Every target comes with its checked address, so the client never has to resolve a name;
        // if it ever tried, that would be a second lookup, which is refused.
        DnsResolver noLookups = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                throw new UnknownHostException(
                        host + ": the fetcher connects only to addresses it has checked, not to a new DNS answer");
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return resolve(host)[0].getHostName();
            }
        };
        DefaultHttpClientConnectionOperator operator = new DefaultHttpClientConnectionOperator(
                proxy -> new GuardedSocket(guard),
                null,
                noLookups,
                RegistryBuilder.<org.apache.hc.client5.http.ssl.TlsSocketStrategy>create()
                        .register(URIScheme.HTTPS.id, DefaultClientTlsStrategy.createSystemDefault())
                        .build());
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                operator, PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, null);
        connections.setMaxTotal(MAX_CONNECTIONS);
        connections.setDefaultMaxPerRoute(MAX_CONNECTIONS_PER_HOST);
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .build());
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** A plain socket that asks the guard before it connects. */
    private static final class GuardedSocket extends Socket {
        private final ConnectGuard guard;

        GuardedSocket(ConnectGuard guard) {
            this.guard = guard;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress address) || address.isUnresolved()) {
                throw new RefusedAddress("refused: " + endpoint + " is no checked address");
            }
            guard.beforeConnect(address);
            super.connect(endpoint, timeout);
        }
    }

    private void refuseNonPublic(InetSocketAddress address) throws RefusedAddress {
        Optional<String> kind = nonPublicKind.apply(address.getAddress());
        if (kind.isPresent()) {
            throw new RefusedAddress(refusal(address.getAddress().getHostAddress(), null, kind.get()));
        }
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches one URL.
     *
     * @param redirectCheck asked for every redirect target; a reason refuses it (host not allowed,
     *     robots.txt), empty lets the fetch go on
     * @throws InterruptedException when the run is cancelled while waiting for the server
     */
    public FetchResult fetch(URI url, Function<URI, Optional<String>> redirectCheck) throws InterruptedException {
        List<URI> chain = new ArrayList<>();
        URI current = url;
        while (true) {
            if (Thread.interrupted()) throw new InterruptedException("cancelled before " + current);
            Admitted admitted;
            try {
                admitted = admit(current);
            } catch (Refusal refusal) {
                return new FetchResult.Failure(refusal.getMessage(), null, true);
            }
            chain.add(current);
            FetchResult result;
            try {
                result = request(current, admitted);
            } catch (Redirect redirect) {
                URI target;
                try {
                    target = current.resolve(redirect.location.strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Failure(
                            "redirect " + redirect.status + " to an invalid address '" + redirect.location + "'",
                            redirect.status,
                            false);
                }
                if (chain.contains(target)) {
                    return new FetchResult.Failure(
                            "redirect loop: " + current + " leads back to " + target + "; the partner site must fix it",
                            redirect.status,
                            false);
                }
                if (chain.size() > settings.maxRedirects()) {
                    return new FetchResult.Failure(
                            "more than " + settings.maxRedirects() + " redirects, last to " + target,
                            redirect.status,
                            false);
                }
                Optional<String> notAllowed = redirectCheck.apply(target);
                if (notAllowed.isPresent()) {
                    return new FetchResult.Failure(
                            "redirect to " + target + " refused: " + notAllowed.get(), redirect.status, true);
                }
                current = target;
                continue;
            }
            if (Thread.interrupted()) throw new InterruptedException("cancelled while fetching " + current);
            return result;
        }
    }

    /**
     * Why a URL must not be requested, or empty: scheme, user info, host, and every address it
     * resolves to. For warnings before a crawl; the fetch itself checks again and connects only to
     * the addresses of its own check.
     */
    public Optional<AddressRefusal> check(URI url) {
        try {
            admit(url);
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(new AddressRefusal(refusal.getMessage(), refusal.forbidden));
        }
    }

    /** Resolves the URL's host once and checks every address; these addresses are the ones connected to. */
    private Admitted admit(URI url) throws Refusal {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Refusal.forbidden("refused: only http and https are fetched, not '" + scheme + "' (" + url + ")");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw Refusal.forbidden("refused: " + url + " names no host");
        }
        if (url.getRawUserInfo() != null) {
            // The user info itself is not repeated: it may hold a password.
            throw Refusal.forbidden("refused: the address of host " + host
                    + " carries a user name or password before '@'; partner pages are fetched without them");
        }
        if (!settings.localNetworkAllowed()) {
            Optional<String> name = AddressPolicy.nonPublicName(host);
            if (name.isPresent()) throw Refusal.forbidden(refusal(host, null, name.get()));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw Refusal.unresolved("host " + host + " is unknown (DNS lookup failed); check the spelling of the URL");
        }
        if (addresses.isEmpty()) {
            throw Refusal.unresolved("host " + host + " has no address (DNS answered nothing); check the URL");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublicKind.apply(address);
            if (kind.isPresent()) {
                throw Refusal.forbidden(refusal(address.getHostAddress(), host, kind.get()));
            }
        }
        return new Admitted(host, List.copyOf(addresses));
    }

    private static String refusal(String what, @Nullable String host, String kind) {
        return "refused: " + what + (host == null || host.equals(what) ? "" : " (" + host + ")") + " is " + kind
                + "; the crawler reaches only public addresses (the deployment setting"
                + " smile.crawl.local-network-allowed is for test and demo installations)";
    }

    private FetchResult request(URI url, Admitted admitted) throws Redirect {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String name = admitted.host().startsWith("[")
                ? admitted.host().substring(1, admitted.host().length() - 1)
                : admitted.host();
        int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        // The first checked address: a second one would only help a partner whose first is down.
        HttpHost target = new HttpHost(scheme, admitted.addresses().getFirst(), name, port);
        HttpGet request = new HttpGet(url);
        request.setHeader("User-Agent", settings.userAgent());
        request.setHeader(
                "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        request.setHeader("Accept-Language", "de,en;q=0.8");
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(target, request, null);
        } catch (RefusedAddress e) {
            return new FetchResult.Failure(e.getMessage(), null, true);
        } catch (ConnectTimeoutException e) {
            return new FetchResult.Failure(
                    "no connection within " + settings.connectTimeout().toMillis() + " ms; the site may be down",
                    null,
                    false);
        } catch (SocketTimeoutException e) {
            return new FetchResult.Failure(
                    "timeout: no answer within " + settings.readTimeout().toMillis()
                            + " ms; the server is too slow, try again later",
                    null,
                    false);
        } catch (ConnectException e) {
            return new FetchResult.Failure(
                    "connection refused by " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                            + "; is the site up and the port right?",
                    null,
                    false);
        } catch (IOException e) {
            return new FetchResult.Failure("could not fetch: " + describe(e), null, false);
        }
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            // The body of a redirect is not read: the connection is dropped instead of drained.
            abandon(request, response);
            Header location = response.getFirstHeader("Location");
            if (location == null) {
                return new FetchResult.Failure("HTTP " + status + " redirect without a Location header", status, false);
            }
            throw new Redirect(status, location.getValue());
        }
        if (status < 200 || status >= 300) {
            abandon(request, response);
            return new FetchResult.Failure(statusReason(status), status, false);
        }
        Header type = response.getFirstHeader("Content-Type");
        String contentType = type == null ? "" : type.getValue();
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            close(response);
            return new FetchResult.Page(
                    url, status, contentType, new byte[0], charsetOf(contentType), false, robotsTag(response));
        }
        return readBody(url, status, contentType, request, response, entity);
    }

    private FetchResult readBody(
            URI url, int status, String contentType, HttpGet request, ClassicHttpResponse response, HttpEntity entity) {
        // A report is longer than a page and useless when cut: it has a cap of its own, and beyond it
        // the answer is refused instead of cut, as soon as the size is known.
        boolean report = FetchResult.isPdf(contentType);
        int max = report ? settings.maxReportBytes() : settings.maxBodyBytes();
        if (report && entity.getContentLength() > max) {
            abandon(request, response);
            return new FetchResult.Failure(
                    tooLargeReport(entity.getContentLength() + " bytes announced"), status, false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean truncated = false;
        AtomicBoolean late = new AtomicBoolean();
        // Dropping the connection (not closing the stream, which would drain the rest) ends a body
        // that is too slow or too long at once.
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    late.set(true);
                    request.cancel();
                },
                settings.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            InputStream body = entity.getContent();
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = body.read(buffer)) != -1) {
                int room = max - out.size();
                if (read > room) {
                    out.write(buffer, 0, room);
                    truncated = true;
                    break;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            abandon(request, response);
            if (late.get()) {
                return new FetchResult.Failure(
                        "timeout: the body did not arrive within "
                                + settings.readTimeout().toMillis() + " ms; the server is too slow, try again later",
                        status,
                        false);
            }
            return new FetchResult.Failure("the connection broke while reading: " + describe(e), status, false);
        } finally {
            deadline.cancel(false);
        }
        if (truncated) {
            abandon(request, response);
            if (report) {
                return new FetchResult.Failure(tooLargeReport("more than that arrived"), status, false);
            }
        } else {
            close(response);
        }
        return new FetchResult.Page(
                url, status, contentType, out.toByteArray(), charsetOf(contentType), truncated, robotsTag(response));
    }

    private String tooLargeReport(String what) {
        return "report too large: a PDF may have at most " + settings.maxReportBytes() + " bytes (" + what
                + "); it was not read further and is not kept (setting smile.crawl.max-report-size)";
    }

    static String statusReason(int status) {
        String advice = switch (status) {
            case 401, 403 ->
                "the site does not let us in; ask the partner to open the page or remove it from the source";
            case 404, 410 -> "the page does not exist (any more); remove the link or the start URL";
            case 429 -> "the site asks us to slow down; raise the source's delay";
            default ->
                status >= 500
                        ? "the partner's server has a problem; try again later"
                        : "the server refused the request";
        };
        return "HTTP " + status + ": " + advice;
    }

    /** The answer's X-Robots-Tag values, which the crawl weighs like a robots meta tag. */
    private static String robotsTag(ClassicHttpResponse response) {
        return java.util.Arrays.stream(response.getHeaders("X-Robots-Tag"))
                .map(Header::getValue)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static @Nullable Charset charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown charset: the parser detects one from the page itself
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Drops the connection without reading the rest of the body. */
    private static void abandon(HttpGet request, ClassicHttpResponse response) {
        request.cancel();
        close(response);
    }

    private static void close(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // Closing a response we no longer read: nothing to report, the result is already decided.
            return;
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }

    /** Why a URL is not requested: the crawler's own rules, or a host that cannot be reached at all. */
    private static final class Refusal extends Exception {
        final boolean forbidden;

        private Refusal(String reason, boolean forbidden) {
            super(reason, null, false, false);
            this.forbidden = forbidden;
        }

        static Refusal forbidden(String reason) {
            return new Refusal(reason, true);
        }

        static Refusal unresolved(String reason) {
            return new Refusal(reason, false);
        }
    }

    /** A redirect answer, followed by the loop in {@link #fetch}. */
    private static final class Redirect extends Exception {
        final int status;
        final String location;

        Redirect(int status, String location) {
            super(null, null, false, false);
            this.status = status;
            this.location = location;
        }
    }
}

package de.smilecity.exchange.crawl.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
import org.jspecify.annotations.Nullable;

/**
 * The only code of the app that opens connections to other sites. Every request: http or https
 * only; the host resolved and each of its addresses checked against {@link AddressPolicy} (unless
 * local addresses are allowed); an honest User-Agent; connect and read timeouts; redirects followed
 * by hand, each target checked again; the body capped, a cut recorded instead of hidden.
 */
public final class PageFetcher implements AutoCloseable {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final int BUFFER = 16 * 1024;

    private final FetchSettings settings;
    private final HostResolver resolver;
    private final Function<InetAddress, Optional<String>> nonPublicKind;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines;

    public PageFetcher(FetchSettings settings, HostResolver resolver) {
        this(settings, resolver, AddressPolicy::nonPublicKind);
    }

    /**
     * @param nonPublicKind tells what kind of non-public address an address is; tests that serve
     *     fixtures on 127.0.0.1 and still check the refusal of private addresses replace it
     */
    public PageFetcher(
            FetchSettings settings, HostResolver resolver, Function<InetAddress, Optional<String>> nonPublicKind) {
        this.settings = settings;
        this.resolver = resolver;
        this.nonPublicKind = nonPublicKind;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches one URL.
     *
     * @param localNetworkAllowed whether loopback and private addresses may be reached
     * @param redirectCheck asked for every redirect target; a reason refuses it (host not allowed,
     *     robots.txt), empty lets the fetch go on
     * @throws InterruptedException when the run is cancelled while waiting for the server
     */
    public FetchResult fetch(URI url, boolean localNetworkAllowed, Function<URI, Optional<String>> redirectCheck)
            throws InterruptedException {
        List<URI> chain = new ArrayList<>();
        URI current = url;
        while (true) {
            Optional<String> refusal = check(current, localNetworkAllowed);
            if (refusal.isPresent()) {
                return new FetchResult.Failure(refusal.get(), null, true);
            }
            chain.add(current);
            FetchResult result;
            try {
                result = request(current);
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
            return result;
        }
    }

    /** Why a URL must not be requested, or empty: scheme, host, and every address it resolves to. */
    public Optional<String> check(URI url, boolean localNetworkAllowed) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("refused: only http and https are fetched, not '" + scheme + "' (" + url + ")");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("refused: " + url + " names no host");
        }
        if (localNetworkAllowed) {
            return Optional.empty();
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " is unknown (DNS lookup failed); check the spelling of the URL");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublicKind.apply(address);
            if (kind.isPresent()) {
                return Optional.of("refused: " + address.getHostAddress()
                        + (host.equals(address.getHostAddress()) ? "" : " (" + host + ")")
                        + " is " + kind.get()
                        + "; mark the source 'local network allowed' only for test and demo sites");
            }
        }
        return Optional.empty();
    }

    private FetchResult request(URI url) throws Redirect, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .header("Accept-Language", "de,en;q=0.8")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return new FetchResult.Failure(
                    "no connection within " + settings.connectTimeout().toMillis() + " ms; the site may be down",
                    null,
                    false);
        } catch (HttpTimeoutException e) {
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
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
            close(response.body());
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                return new FetchResult.Failure("HTTP " + status + " redirect without a Location header", status, false);
            }
            throw new Redirect(status, location);
        }
        if (status < 200 || status >= 300) {
            close(response.body());
            return new FetchResult.Failure(statusReason(status), status, false);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return readBody(url, status, contentType, response.body());
    }

    private FetchResult readBody(URI url, int status, String contentType, InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean truncated = false;
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    late.set(true);
                    close(body);
                },
                settings.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        try (body) {
            byte[] buffer = new byte[BUFFER];
            int max = settings.maxBodyBytes();
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
        } catch (IOException e) {
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
        return new FetchResult.Page(url, status, contentType, out.toByteArray(), charsetOf(contentType), truncated);
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

    private static @Nullable Charset charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown charset: the parser detects one from the page itself
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing a response we no longer read: nothing to report, the result is already decided.
            return;
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close();
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

package de.smilecity.exchange.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body to the API that is larger than {@link #MAX_BODY_BYTES}, with 413 as
 * problem+json, before anything parses it: by its {@code Content-Length} without reading it, and a
 * body without one (chunked) by reading at most one byte more than the limit. The largest valid
 * entry (every text at its maximum length, every list full) is about a third of the limit, so no real
 * body comes near it; Jackson never builds an object from more.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    /** The largest request body the API reads, in bytes. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String TOO_LARGE = "https://smile-exchange.example/problems/body-too-large";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            refuse(response, "of " + declared + " bytes (Content-Length)");
            return;
        }
        if (declared >= 0) {
            // The server reads no more than the declared length, so the limit already holds.
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, "(sent without Content-Length)");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, String what) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The connection may carry the rest of the body; it is not worth reading.
        response.setHeader("Connection", "close");
        response.getWriter()
                .write("{\"type\":\"" + TOO_LARGE + "\",\"title\":\"Request body too large\",\"status\":413,"
                        + "\"detail\":\"The request body " + what + " is larger than the " + MAX_BODY_BYTES
                        + " bytes the API accepts; a complete entry fits well within that. Send only the "
                        + "fields that change, or shorten the texts.\"}");
    }

    /** The request with its body already read into memory (at most the limit). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read; no asynchronous reading");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}

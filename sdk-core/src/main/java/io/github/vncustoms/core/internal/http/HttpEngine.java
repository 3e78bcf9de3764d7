package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.http.CustomsHttpRequest;
import io.github.vncustoms.core.http.CustomsHttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends requests through one pooled Apache HttpClient 5, with the SDK's retry, deadline and
 * size rules on top. Thread-safe; owns the connection pool and one deadline timer thread (started on
 * demand, ended when idle), both released by {@link #close()}.
 *
 * <p>HttpClient's own retries, redirects, cookies, authentication and decompression are off: every
 * retry decision is made here, where the total deadline and idempotency are known; a redirect is
 * returned to the caller rather than followed with the caller's headers to another host; and the
 * size limit counts the bytes that actually arrive.
 */
public final class HttpEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.github.vncustoms.core.http");
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_ROUTE = 16;
    private static final int BUFFER_BYTES = 8192;
    /** A lying Content-Length must not make us allocate its size up front. */
    private static final int MAX_INITIAL_CAPACITY = 64 * 1024;

    private final HttpSettings settings;
    private final CloseableHttpClient http;
    private final ScheduledThreadPoolExecutor deadlines;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the engine and its connection pool.
     *
     * @param settings the checked settings
     */
    public HttpEngine(HttpSettings settings) {
        this.settings = settings;
        // BOTH: the JSSE's own HTTPS endpoint identification and HttpClient's verifier; neither can be turned off.
        TlsSocketStrategy tls = ClientTlsStrategyBuilder.create()
                .setSslContext(settings.sslContext())
                .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH)
                .setHostnameVerifier(HttpsSupport.getDefaultHostnameVerifier())
                .buildClassic();
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                // A pooled connection idle for a second is checked before reuse, so that a POST is not
                // lost on a connection the server already closed (it would not be retried).
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .setTimeToLive(TimeValue.ofMinutes(5))
                .build();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setDefaultConnectionConfig(connection)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .build();
        RequestConfig request = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.readTimeout()))
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setContentCompressionEnabled(false)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(request)
                .setUserAgent(settings.userAgent())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "vncustoms-http-deadline");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        deadlines.setKeepAliveTime(5, TimeUnit.SECONDS);
        deadlines.allowCoreThreadTimeOut(true);
    }

    /**
     * Sends a request, retrying it while the rules allow, and returns the last answer.
     *
     * @param request the request
     * @return the answer and the attempts it took
     * @throws TransportException if no acceptable answer arrived
     * @throws InvalidStateException if the engine is closed
     */
    public Exchange execute(CustomsHttpRequest request) {
        requireOpen();
        String what = request.method() + " " + SafeUris.redact(request.uri());
        Clock clock = settings.clock();
        Instant deadline = clock.instant().plus(settings.totalTimeout());
        boolean mayRetry = request.idempotent();
        int attempt = 0;
        while (true) {
            attempt++;
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw deadlineExceeded(what, attempt - 1, null);
            }
            CustomsHttpResponse response;
            try {
                response = attempt(request, remaining);
            } catch (AttemptFailure failure) {
                Duration delay = handle(failure, what, attempt, mayRetry, deadline);
                sleep(delay, what, attempt);
                continue;
            }
            int status = response.status();
            if (Failures.isRetryableStatus(status) && mayRetry && attempt <= settings.maxRetries()) {
                Instant now = clock.instant();
                Duration retryAfter = RetryAfter.parse(response.header("retry-after").orElse(null), now).orElse(null);
                Optional<Duration> delay = settings.backoff().next(attempt, retryAfter,
                        Duration.between(now, deadline), unit());
                if (delay.isPresent()) {
                    int n = attempt;
                    LOG.log(Level.DEBUG, () -> what + ": attempt " + n + " answered HTTP " + status + "; retrying in "
                            + delay.get() + (retryAfter == null ? "" : " (Retry-After " + retryAfter + ")"));
                    sleep(delay.get(), what, attempt);
                    continue;
                }
                int n = attempt;
                LOG.log(Level.DEBUG, () -> what + ": attempt " + n + " answered HTTP " + status
                        + "; no retry fits in the total timeout of " + settings.totalTimeout());
            }
            int n = attempt;
            LOG.log(Level.DEBUG, () -> what + ": answered HTTP " + status + " after " + n + " attempt(s)");
            return new Exchange(response, attempt);
        }
    }

    /** Turns a failed attempt into the delay before the next one, or throws when there is none. */
    private Duration handle(AttemptFailure failure, String what, int attempt, boolean mayRetry, Instant deadline) {
        switch (failure.kind) {
            case DEADLINE:
                throw deadlineExceeded(what, attempt, failure.getCause());
            case TOO_LARGE:
                throw new TransportException(what + " answered HTTP " + failure.status + " with a body "
                        + (failure.declaredLength >= 0 ? "of " + failure.declaredLength + " bytes" : "of more bytes")
                        + " than the maximum of " + settings.maxResponseBytes() + ": expected a smaller answer (raise"
                        + " maxResponseBytes if it is legitimate)", null, false, failure.status, attempt);
            default:
                break;
        }
        IOException io = (IOException) failure.getCause();
        boolean retryable = Failures.isRetryable(io);
        String description = Failures.describe(io, settings.connectTimeout(), settings.readTimeout());
        if (retryable && mayRetry && attempt <= settings.maxRetries()) {
            Optional<Duration> delay = settings.backoff().next(attempt, null,
                    Duration.between(settings.clock().instant(), deadline), unit());
            if (delay.isPresent()) {
                LOG.log(Level.DEBUG, () -> what + ": attempt " + attempt + " failed: " + description + "; retrying in "
                        + delay.get());
                return delay.get();
            }
            throw new TransportException(what + " failed after " + attempt + " attempt(s), and no retry fits in the"
                    + " total timeout of " + settings.totalTimeout() + ": " + description + "; expected an HTTP answer",
                    io, true, attempt);
        }
        String notRetried = retryable && !mayRetry
                ? " (not retried: the request is not idempotent; mark it so if repeating it is safe)" : "";
        throw new TransportException(what + " failed after " + attempt + " attempt(s): " + description
                + "; expected an HTTP answer" + notRetried, io, retryable, attempt);
    }

    private TransportException deadlineExceeded(String what, int attempts, Throwable cause) {
        return new TransportException(what + " got no complete answer within the total timeout of "
                + settings.totalTimeout() + " (" + attempts + " attempt(s))"
                + (cause == null ? "" : "; the last attempt was cut off") + ": expected an answer in time",
                cause, true, attempts);
    }

    private void sleep(Duration delay, String what, int attempts) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(what + " was interrupted while waiting " + delay + " to retry after "
                    + attempts + " attempt(s): expected to wait undisturbed", e, false, attempts);
        }
    }

    private double unit() {
        RandomGenerator random = settings.random();
        if (random == null) {
            return ThreadLocalRandom.current().nextDouble();
        }
        // A caller's generator need not be thread-safe; the client is.
        synchronized (random) {
            return random.nextDouble();
        }
    }

    private CustomsHttpResponse attempt(CustomsHttpRequest request, Duration remaining) throws AttemptFailure {
        HttpUriRequestBase wire = new HttpUriRequestBase(request.method().name(), request.uri());
        request.headers().forEach(wire::addHeader);
        byte[] body = request.body();
        if (body.length > 0) {
            if (request.header("Content-Type").isEmpty()) {
                wire.addHeader("Content-Type", "application/octet-stream");
            }
            wire.setEntity(new ByteArrayEntity(body, null));
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog;
        try {
            watchdog = deadlines.schedule(() -> {
                expired.set(true);
                wire.cancel();
            }, remaining.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            throw new InvalidStateException("The HTTP client was closed while a request was under way", e);
        }
        try {
            ClassicHttpResponse response = http.executeOpen(null, wire, HttpClientContext.create());
            CustomsHttpResponse read;
            try {
                read = read(response);
            } catch (IOException | AttemptFailure | RuntimeException e) {
                // Drop the connection: closing the response as is would read the rest of the body.
                wire.cancel();
                closeQuietly(response);
                throw e;
            }
            closeQuietly(response);
            return read;
        } catch (IOException e) {
            throw expired.get() ? new AttemptFailure(Kind.DEADLINE, e) : new AttemptFailure(Kind.IO, e);
        } catch (IllegalStateException e) {
            if (closed.get()) {
                throw new InvalidStateException("The HTTP client was closed while a request was under way", e);
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private CustomsHttpResponse read(ClassicHttpResponse response) throws IOException, AttemptFailure {
        int status = response.getCode();
        if (status < 100 || status > 599) {
            throw new ClientProtocolException("HTTP status " + status + " is outside 100 to 599");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readBounded(entity, status);
        return new CustomsHttpResponse(status, headers, body);
    }

    private byte[] readBounded(HttpEntity entity, int status) throws IOException, AttemptFailure {
        long max = settings.maxResponseBytes();
        long declared = entity.getContentLength();
        if (declared > max) {
            throw AttemptFailure.tooLarge(status, declared);
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0),
                MAX_INITIAL_CAPACITY));
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        while (true) {
            // Ask for at most one byte past the limit: enough to know it was crossed.
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total + 1));
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > max) {
                throw AttemptFailure.tooLarge(status, -1);
            }
            out.write(buffer, 0, n);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // The body is read or abandoned; a failed close only costs the pooled connection.
            LOG.log(Level.TRACE, "Closing an HTTP response failed", e);
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new InvalidStateException("The HTTP client is closed: expected a client that was not closed");
        }
    }

    /** Closes the connection pool and the deadline timer. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            deadlines.shutdownNow();
            http.close(CloseMode.GRACEFUL);
        }
    }

    private enum Kind { IO, DEADLINE, TOO_LARGE }

    /** Why one attempt produced no answer. */
    private static final class AttemptFailure extends Exception {
        private static final long serialVersionUID = 1L;

        private final Kind kind;
        private final int status;
        private final long declaredLength;

        AttemptFailure(Kind kind, IOException cause) {
            super(cause);
            this.kind = kind;
            this.status = 0;
            this.declaredLength = -1;
        }

        private AttemptFailure(int status, long declaredLength) {
            super(null, null, false, false);
            this.kind = Kind.TOO_LARGE;
            this.status = status;
            this.declaredLength = declaredLength;
        }

        static AttemptFailure tooLarge(int status, long declaredLength) {
            return new AttemptFailure(status, declaredLength);
        }
    }
}

package io.github.vncustoms.core.http;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.http.Backoff;
import io.github.vncustoms.core.internal.http.Exchange;
import io.github.vncustoms.core.internal.http.Failures;
import io.github.vncustoms.core.internal.http.HeaderRules;
import io.github.vncustoms.core.internal.http.HttpEngine;
import io.github.vncustoms.core.internal.http.HttpSettings;
import io.github.vncustoms.core.internal.http.JsonBodies;
import io.github.vncustoms.core.internal.http.SafeUris;
import io.github.vncustoms.core.internal.http.TlsContexts;
import java.io.Closeable;
import java.net.URI;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * The SDK's one HTTP client, on Apache HttpClient 5: timeouts, bounded retries with backoff, verified
 * TLS, a response size limit and JSON through the shared mapping. Service-status probes, camera
 * SOAP calls and help-desk vendor APIs all go through it.
 *
 * <pre>{@code
 * try (CustomsHttpClient client = CustomsHttpClient.builder()
 *         .connectTimeout(Duration.ofSeconds(5))
 *         .readTimeout(Duration.ofSeconds(10))
 *         .totalTimeout(Duration.ofSeconds(30))
 *         .trustStore(customsCaStore)
 *         .build()) {
 *     Ticket ticket = client.getJson(URI.create("https://helpdesk.example.vn/api/tickets/42"), Ticket.class);
 *     CustomsHttpResponse health = client.execute(CustomsHttpRequest.get(healthUri));
 * }
 * }</pre>
 *
 * <h2>Timeouts</h2>
 * The connect timeout bounds each TCP and TLS connection, the read timeout each wait for the next
 * bytes of an answer, and the total timeout the whole call: every attempt and every wait between
 * attempts. An attempt still under way at the total deadline is cut off.
 *
 * <h2>Retries</h2>
 * An idempotent request ({@link HttpMethod#idempotentByDefault()}, or
 * {@linkplain CustomsHttpRequest#withIdempotent(boolean) marked so}) is sent again, at most
 * {@code maxRetries} times, when an attempt fails in a transient way (refused, reset or closed
 * connection, connect or read timeout) or is answered 429, 502, 503 or 504. A {@code POST} is never
 * retried unless marked idempotent. Before retry {@code n} the client waits a random time in
 * {@code [0, min(max, initial * 2^(n-1))]}, or the server's {@code Retry-After} (delta-seconds or
 * HTTP-date) capped by {@code max}; a wait that would reach the total deadline is not taken. An
 * unknown host, an untrusted or mismatched TLS certificate, an oversized body and malformed HTTP are
 * never retried.
 *
 * <h2>Statuses</h2>
 * {@link #execute} returns every answer the server gave, whatever its status (after retrying
 * 429/502/503/504 where allowed): a status probe needs a 500, a SOAP fault arrives as a 500 with a
 * body, a vendor API's 404 is an answer. Redirects are returned, not followed, so that the caller's
 * headers never travel to another host. The JSON methods ({@link #getJson}, {@link #postJson},
 * {@link #executeForJson}) require a 2xx answer and throw a {@link TransportException} with the status
 * otherwise.
 *
 * <h2>Failures</h2>
 * Every failure to get an acceptable answer is a {@link TransportException} carrying the cause,
 * {@link TransportException#retryable()}, the status where there was one and the number of attempts.
 * Messages name the method and the URI without user information or query (where tokens travel).
 * A body that is not the promised JSON is also a {@code TransportException}, not retryable, whose
 * cause is the mapper's {@link ValidationException}: the server broke its protocol. A value that
 * cannot be <em>written</em> as JSON is the caller's {@code ValidationException}.
 *
 * <h2>TLS</h2>
 * Certificates are always verified against the trust store (by default the JDK's CAs) and the host
 * name is always checked against the certificate; there is no way to turn either off. A client
 * certificate is presented when one is configured.
 *
 * <p>Thread-safe: share one client per configuration. It owns a connection pool and a timer thread
 * that is started on demand and ends when idle; {@link #close()} releases both.
 */
public final class CustomsHttpClient implements Closeable {
    private static final String JSON = "application/json";

    private final Builder configuration;
    private final HttpEngine engine;

    private CustomsHttpClient(Builder builder) {
        this.configuration = new Builder(builder);
        this.engine = new HttpEngine(builder.settings());
    }

    /**
     * Starts a builder with the defaults: connect timeout 10 s, read timeout 30 s, total timeout
     * 60 s, 2 retries, backoff 200 ms to 10 s, responses up to 10 MiB, the JDK's trusted CAs, no
     * client certificate, user agent {@code vncustoms-sdk}, the UTC system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this client's configuration, to build a variant (a new client with
     * its own pool).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(configuration);
    }

    /**
     * Sends a request and returns the server's answer, whatever its status.
     *
     * @param request the request
     * @return the last answer, after any retries
     * @throws TransportException if no answer arrived (after any retries), the total timeout passed, or
     *     the body exceeded the maximum response size
     * @throws InvalidStateException if the client is closed
     */
    public CustomsHttpResponse execute(CustomsHttpRequest request) {
        return engine.execute(Objects.requireNonNull(request, "request")).response();
    }

    /**
     * Sends a request, requires a 2xx answer and reads its body as JSON.
     *
     * @param request the request
     * @param type the type to read; {@code Void.class} accepts any body and returns {@code null}
     * @param <T> the type
     * @return the value read, or {@code null} for {@code Void.class}
     * @throws TransportException if no answer arrived, the status is not 2xx (retryable for 429,
     *     502, 503, 504), or the body is not JSON of that type (not retryable)
     * @throws InvalidStateException if the client is closed
     */
    public <T> T executeForJson(CustomsHttpRequest request, Class<T> type) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(type, "type");
        Exchange exchange = engine.execute(request);
        CustomsHttpResponse response = exchange.response();
        String what = request.method() + " " + SafeUris.redact(request.uri());
        if (!response.isSuccessful()) {
            int status = response.status();
            throw new TransportException(what + " answered HTTP " + status + " after " + exchange.attempts()
                    + " attempt(s): expected a 2xx answer with JSON for " + type.getSimpleName(), null,
                    Failures.isRetryableStatus(status), status, exchange.attempts());
        }
        return JsonBodies.read(response.body(), type, what, response.status(), exchange.attempts());
    }

    /**
     * Sends a {@code GET} with {@code Accept: application/json} and reads the 2xx answer as JSON.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @param type the type to read
     * @param <T> the type
     * @return the value read
     * @throws ValidationException if the URI is not acceptable
     * @throws TransportException as {@link #executeForJson} does
     * @throws InvalidStateException if the client is closed
     */
    public <T> T getJson(URI uri, Class<T> type) {
        return executeForJson(CustomsHttpRequest.get(uri).withHeader("Accept", JSON), type);
    }

    /**
     * Sends a value as JSON in a {@code POST} (not retried) and reads the 2xx answer as JSON.
     *
     * @param uri the absolute {@code http} or {@code https} URI
     * @param value the value to send, written by the shared mapping
     * @param type the type to read; {@code Void.class} for none
     * @param <T> the type
     * @return the value read
     * @throws ValidationException if the URI is not acceptable or the value cannot be written as JSON
     * @throws TransportException as {@link #executeForJson} does
     * @throws InvalidStateException if the client is closed
     */
    public <T> T postJson(URI uri, Object value, Class<T> type) {
        return executeForJson(CustomsHttpRequest.json(HttpMethod.POST, uri, value), type);
    }

    /**
     * Closes the connection pool and the timer. Requests under way fail; later ones throw
     * {@link InvalidStateException}. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Describes the configuration (never a key or password).
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CustomsHttpClient[" + configuration.describe() + "]";
    }

    /**
     * Configures a {@link CustomsHttpClient}. Each setter checks its argument at once. Not
     * thread-safe; the clients it builds are.
     */
    public static final class Builder {
        private static final Duration LONGEST = Duration.ofDays(1);
        private static final int MOST_RETRIES = 100;
        /** The largest array the JDK allocates reliably. */
        private static final long LARGEST_BODY = Integer.MAX_VALUE - 8;

        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration totalTimeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private long maxResponseBytes = 10L * 1024 * 1024;
        private TrustManager[] trustManagers;
        private KeyManager[] keyManagers;
        private String userAgent = "vncustoms-sdk";
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random;

        private Builder() {}

        private Builder(Builder other) {
            connectTimeout = other.connectTimeout;
            readTimeout = other.readTimeout;
            totalTimeout = other.totalTimeout;
            maxRetries = other.maxRetries;
            initialBackoff = other.initialBackoff;
            maxBackoff = other.maxBackoff;
            maxResponseBytes = other.maxResponseBytes;
            trustManagers = other.trustManagers;
            keyManagers = other.keyManagers;
            userAgent = other.userAgent;
            clock = other.clock;
            sleeper = other.sleeper;
            random = other.random;
        }

        /**
         * Sets the longest wait for a TCP connection and its TLS handshake.
         *
         * @param timeout positive, at most one day
         * @return this builder
         * @throws ValidationException if the timeout is not positive or longer than a day
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requireDuration("connectTimeout", timeout);
            return this;
        }

        /**
         * Sets the longest wait for the next bytes of an answer (the socket timeout).
         *
         * @param timeout positive, at most one day
         * @return this builder
         * @throws ValidationException if the timeout is not positive or longer than a day
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requireDuration("readTimeout", timeout);
            return this;
        }

        /**
         * Sets the deadline of a whole call: every attempt and every wait between attempts.
         *
         * @param timeout positive, at most one day
         * @return this builder
         * @throws ValidationException if the timeout is not positive or longer than a day
         */
        public Builder totalTimeout(Duration timeout) {
            this.totalTimeout = requireDuration("totalTimeout", timeout);
            return this;
        }

        /**
         * Sets how many times an idempotent request is sent again after a transient failure.
         *
         * @param retries 0 (never retry) to 100
         * @return this builder
         * @throws ValidationException if the number is negative or above 100
         */
        public Builder maxRetries(int retries) {
            if (retries < 0 || retries > MOST_RETRIES) {
                throw new ValidationException("maxRetries", "Max retries " + retries + " is outside 0 to "
                        + MOST_RETRIES);
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * Sets the exponential backoff: the cap of the first wait, doubling up to the largest wait. The
         * largest wait also caps a server's {@code Retry-After}.
         *
         * @param initial the cap of the first wait, positive
         * @param max the largest wait, at least {@code initial} and at most one day
         * @return this builder
         * @throws ValidationException if a duration is not positive, longer than a day, or
         *     {@code initial > max}
         */
        public Builder backoff(Duration initial, Duration max) {
            requireDuration("backoff initial", initial);
            requireDuration("backoff max", max);
            if (initial.compareTo(max) > 0) {
                throw new ValidationException("backoff", "Initial backoff " + initial + " is longer than the maximum "
                        + max + ": expected initial <= max");
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * Sets the largest body read; a longer one (by {@code Content-Length} or as it streams in)
         * aborts the call with a {@link TransportException} that is not retryable.
         *
         * @param bytes positive, at most {@code Integer.MAX_VALUE - 8}
         * @return this builder
         * @throws ValidationException if the size is not positive or too large for one array
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1 || bytes > LARGEST_BODY) {
                throw new ValidationException("maxResponseBytes", "Max response size " + bytes + " is outside 1 to "
                        + LARGEST_BODY + " bytes");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Trusts exactly the certificates in a key store instead of the JDK's CAs (a customs CA, or a
         * device's self-signed certificate). The store is read now; later changes have no effect. The
         * host name is still verified against the certificate.
         *
         * @param trustStore a loaded key store with at least one certificate
         * @return this builder
         * @throws ValidationException if the store is not loaded or holds no certificate
         */
        public Builder trustStore(KeyStore trustStore) {
            this.trustManagers = TlsContexts.trustManagers(Objects.requireNonNull(trustStore, "trustStore"));
            return this;
        }

        /**
         * Presents a client certificate when a server asks for one. The store is read now; the password
         * is not kept.
         *
         * @param keyStore a loaded key store with a private key and its certificate chain
         * @param password the password of the key entry
         * @return this builder
         * @throws ValidationException if the store is not loaded, holds no key, or the password does not unlock it
         */
        public Builder clientCertificate(KeyStore keyStore, char[] password) {
            this.keyManagers = TlsContexts.keyManagers(Objects.requireNonNull(keyStore, "keyStore"),
                    Objects.requireNonNull(password, "password"));
            return this;
        }

        /**
         * Sets the {@code User-Agent} header.
         *
         * @param agent printable text on one line, e.g. {@code my-app/1.2 vncustoms-sdk}
         * @return this builder
         * @throws ValidationException if the text is blank or holds control characters
         */
        public Builder userAgent(String agent) {
            Objects.requireNonNull(agent, "agent");
            if (agent.isBlank()) {
                throw new ValidationException("userAgent", "User agent is blank: expected e.g. my-app/1.2");
            }
            this.userAgent = HeaderRules.requireValue("User-Agent", agent);
            return this;
        }

        /**
         * Sets the clock that measures the total timeout and turns {@code Retry-After} dates into delays.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets what waits between attempts; tests pass one that records the delay and moves a fake clock.
         *
         * @param sleeper the sleeper, thread-safe if the client is shared
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the source of backoff jitter (by default a thread-local one). The client synchronizes on
         * it, so any generator will do.
         *
         * @param random the generator
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the client and opens its connection pool.
         *
         * @return the client; close it when done
         */
        public CustomsHttpClient build() {
            return new CustomsHttpClient(this);
        }

        private HttpSettings settings() {
            return new HttpSettings(connectTimeout, readTimeout, totalTimeout, maxRetries,
                    new Backoff(initialBackoff, maxBackoff), maxResponseBytes,
                    TlsContexts.context(trustManagers, keyManagers), userAgent, clock, sleeper, random);
        }

        private String describe() {
            return "connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", totalTimeout="
                    + totalTimeout + ", maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff
                    + ", maxResponseBytes=" + maxResponseBytes + ", trust=" + (trustManagers == null ? "JDK CAs"
                    : "custom trust store") + ", clientCertificate=" + (keyManagers != null) + ", userAgent="
                    + userAgent;
        }

        private static Duration requireDuration(String field, Duration d) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
                throw new ValidationException(field, "The " + field + " " + d + " is outside (0, 1 day]: expected a"
                        + " positive duration of at most a day");
            }
            return d;
        }
    }
}

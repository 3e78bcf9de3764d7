package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.TransportException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Retries against misbehaving servers: 503 and 429 with {@code Retry-After}, reset connections. Waits
 * are asserted through the injected sleeper and clock; nothing sleeps for real.
 */
final class RetryTest {
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    record Status(String state) {}

    /** Always the top of the jitter range, so the waits equal their caps. */
    private static final RandomGenerator TOP_OF_RANGE = new RandomGenerator() {
        @Override
        public long nextLong() {
            return -1L;
        }

        @Override
        public double nextDouble() {
            return 1.0;
        }
    };

    private static CustomsHttpClient.Builder client(FakeTime time) {
        return CustomsHttpClient.builder().clock(time).sleeper(time).maxRetries(3)
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(10)).totalTimeout(Duration.ofSeconds(60));
    }

    @Test
    void serviceUnavailableThenOk_isRetried_andWaitsTheRetryAfterSeconds() {
        FakeTime time = new FakeTime(START);
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            if (n == 1) {
                exchange.getResponseHeaders().set("Retry-After", "2");
                LocalServer.respond(exchange, 503, "text/plain", "maintenance");
            } else {
                LocalServer.respond(exchange, 200, "application/json", "{\"state\":\"up\"}");
            }
        }); CustomsHttpClient client = client(time).build()) {
            Status status = client.getJson(server.uri("/status"), Status.class);

            assertThat(status).isEqualTo(new Status("up"));
            assertThat(server.requests()).isEqualTo(2);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        }
    }

    @Test
    void tooManyRequests_withAnHttpDate_waitsUntilThatDate() {
        FakeTime time = new FakeTime(START);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(START.plusSeconds(7).atZone(ZoneOffset.UTC));
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            if (n == 1) {
                exchange.getResponseHeaders().set("Retry-After", date);
                LocalServer.respond(exchange, 429, null, "");
            } else {
                LocalServer.respond(exchange, 200, "text/plain", "ok");
            }
        }); CustomsHttpClient client = client(time).build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/")));

            assertThat(response.status()).isEqualTo(200);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void retryAfterLongerThanTheMaxBackoff_isCappedAtTheMaxBackoff() {
        FakeTime time = new FakeTime(START);
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            exchange.getResponseHeaders().set("Retry-After", n == 1 ? "3600" : "0");
            LocalServer.respond(exchange, n < 3 ? 503 : 200, "text/plain", "x");
        }); CustomsHttpClient client = client(time).backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build()) {
            assertThat(client.execute(CustomsHttpRequest.get(server.uri("/"))).status()).isEqualTo(200);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ZERO);
        }
    }

    @Test
    void retryAfterBeyondTheTotalTimeout_returnsTheAnswerAtOnce_andGetJsonSaysItIsRetryable() {
        FakeTime time = new FakeTime(START);
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            exchange.getResponseHeaders().set("Retry-After", "30");
            LocalServer.respond(exchange, 503, "text/plain", "later");
        }); CustomsHttpClient client = client(time).backoff(Duration.ofMillis(100), Duration.ofMinutes(1))
                .totalTimeout(Duration.ofSeconds(20)).build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/")));
            TransportException e = Failing.transport(
                    () -> client.getJson(server.uri("/"), Status.class));

            assertThat(response.status()).isEqualTo(503);
            assertThat(time.sleeps()).isEmpty();
            assertThat(e.retryable()).isTrue();
            assertThat(e.statusCode()).hasValue(503);
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    @Test
    void whenRetriesRunOut_theLastAnswerIsReturned_afterExponentialWaits() {
        FakeTime time = new FakeTime(START);
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 503, null, ""));
                CustomsHttpClient client = client(time).random(TOP_OF_RANGE).build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/")));
            TransportException e = Failing.transport(
                    () -> client.getJson(server.uri("/"), Status.class));

            assertThat(response.status()).isEqualTo(503);
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(server.requests()).isEqualTo(8);
            assertThat(time.sleeps()).containsExactly(
                    Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                    Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        }
    }

    @Test
    void aPostAnswered503_isNotRetried() {
        FakeTime time = new FakeTime(START);
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 503, null, ""));
                CustomsHttpClient client = client(time).build()) {
            TransportException e = Failing.transport(
                    () -> client.postJson(server.uri("/tickets"), new Status("new"), Status.class));

            assertThat(server.requests()).isEqualTo(1);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.statusCode()).hasValue(503);
            assertThat(time.sleeps()).isEmpty();
        }
    }

    @Test
    void aResetConnection_isRetriedForGet_untilRetriesRunOut() {
        FakeTime time = new FakeTime(START);
        try (RawServer server = RawServer.start(RawServer::resetAfterRequestHead);
                CustomsHttpClient client = client(time).maxRetries(2).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/status"))));

            assertThat(e.retryable()).isTrue();
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.statusCode()).isEmpty();
            assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
            assertThat(e).hasMessageContaining("GET " + server.uri("/status")).hasMessageContaining("3 attempt(s)");
            assertThat(server.connections()).isEqualTo(3);
            assertThat(time.sleeps()).hasSize(2);
        }
    }

    @Test
    void aResetConnection_isNotRetriedForPost() {
        FakeTime time = new FakeTime(START);
        try (RawServer server = RawServer.start(RawServer::resetAfterRequestHead);
                CustomsHttpClient client = client(time).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.post(server.uri("/tickets"),
                            "{}".getBytes(StandardCharsets.UTF_8), "application/json")));

            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.retryable()).isTrue();
            assertThat(e).hasMessageContaining("not idempotent");
            assertThat(server.connections()).isEqualTo(1);
            assertThat(time.sleeps()).isEmpty();
        }
    }

    @Test
    void aPostMarkedIdempotent_isRetriedAfterAReset() {
        FakeTime time = new FakeTime(START);
        try (RawServer server = RawServer.start(RawServer::resetAfterRequestHead);
                CustomsHttpClient client = client(time).maxRetries(1).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.post(server.uri("/onvif/device_service"),
                            "<GetDeviceInformation/>".getBytes(StandardCharsets.UTF_8), "application/soap+xml")
                            .withIdempotent(true)));

            assertThat(e.attempts()).isEqualTo(2);
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void aRefusedConnection_isRetried_andSaysSo() throws Exception {
        FakeTime time = new FakeTime(START);
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (CustomsHttpClient client = client(time).maxRetries(2).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(java.net.URI.create("http://127.0.0.1:" + port + "/"))));

            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.retryable()).isTrue();
            assertThat(e).hasMessageContaining("refused");
        }
    }
}

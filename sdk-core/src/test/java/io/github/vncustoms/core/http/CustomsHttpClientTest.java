package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client against a well-behaved local server: what goes out, what comes back, what is refused. */
final class CustomsHttpClientTest {

    record Greeting(String text, int count) {}

    @Test
    void execute_returnsTheStatusHeadersAndBody_andSendsTheUserAgentAndHeaders() {
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            exchange.getResponseHeaders().add("X-Trace", "a");
            exchange.getResponseHeaders().add("X-Trace", "b");
            LocalServer.respond(exchange, 200, "text/plain; charset=UTF-8", "Xin chào");
        }); CustomsHttpClient client = CustomsHttpClient.builder().userAgent("probe/1.0").build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/health?unit=HQ"))
                    .withHeader("X-Unit", "01TE"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.isSuccessful()).isTrue();
            assertThat(response.bodyAsString()).isEqualTo("Xin chào");
            assertThat(response.headerValues("x-trace")).containsExactly("a", "b");
            assertThat(response.header("CONTENT-TYPE")).contains("text/plain; charset=UTF-8");
            LocalServer.Seen seen = server.seen().get(0);
            assertThat(seen.method()).isEqualTo("GET");
            assertThat(seen.query()).isEqualTo("unit=HQ");
            assertThat(seen.headers().getFirst("User-Agent")).isEqualTo("probe/1.0");
            assertThat(seen.headers().getFirst("X-Unit")).isEqualTo("01TE");
        }
    }

    @Test
    void clientErrorsAndServerErrors_areReturnedAsAnswers_withoutRetry() {
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange,
                exchange.getRequestURI().getPath().equals("/missing") ? 404 : 500, "application/soap+xml",
                "<Fault/>")); CustomsHttpClient client = CustomsHttpClient.builder().maxRetries(3).build()) {
            CustomsHttpResponse missing = client.execute(CustomsHttpRequest.get(server.uri("/missing")));
            CustomsHttpResponse fault = client.execute(CustomsHttpRequest.post(server.uri("/onvif"),
                    "<Envelope/>".getBytes(StandardCharsets.UTF_8), "application/soap+xml").withIdempotent(true));

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.isSuccessful()).isFalse();
            assertThat(fault.status()).isEqualTo(500);
            assertThat(fault.bodyAsString()).isEqualTo("<Fault/>");
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void redirects_areReturnedNotFollowed_soHeadersNeverTravelToAnotherHost() {
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            exchange.getResponseHeaders().set("Location", "http://elsewhere.invalid/steal");
            LocalServer.respond(exchange, 302, null, "");
        }); CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/old"))
                    .withHeader("Authorization", "Bearer s3cret"));

            assertThat(response.status()).isEqualTo(302);
            assertThat(response.header("location")).contains("http://elsewhere.invalid/steal");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void postJson_sendsTheValueAsJson_andReadsTheAnswerAsJson() {
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 201,
                "application/json", new String(LocalServer.requestBody(exchange), StandardCharsets.UTF_8)));
                CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            Greeting echoed = client.postJson(server.uri("/echo"), new Greeting("Chào", 3), Greeting.class);

            assertThat(echoed).isEqualTo(new Greeting("Chào", 3));
            LocalServer.Seen seen = server.seen().get(0);
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=UTF-8");
            assertThat(seen.headers().getFirst("Accept")).isEqualTo("application/json");
            assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"Chào\",\"count\":3}");
        }
    }

    @Test
    void getJson_onANon2xxAnswer_throwsATransportExceptionWithTheStatus() {
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 404,
                "application/json", "{\"error\":\"no such ticket\"}"));
                CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            TransportException e = Failing.transport(
                    () -> client.getJson(server.uri("/tickets/42"), Greeting.class));

            assertThat(e.code()).isEqualTo(ErrorCode.TRANSPORT);
            assertThat(e.statusCode()).hasValue(404);
            assertThat(e.retryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("GET http://127.0.0.1:" + server.port() + "/tickets/42")
                    .hasMessageContaining("HTTP 404").hasMessageContaining("expected a 2xx answer");
        }
    }

    @Test
    void messagesAndToString_neverCarryTheQueryOrHeaderValues() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CustomsHttpRequest request = CustomsHttpRequest.get(URI.create("http://127.0.0.1:" + closedPort
                + "/api?token=s3cret")).withHeader("Authorization", "Bearer s3cret");
        try (CustomsHttpClient client = CustomsHttpClient.builder().maxRetries(0).build()) {
            TransportException e = Failing.transport(() -> client.execute(request));

            assertThat(e.getMessage()).doesNotContain("s3cret")
                    .contains("GET http://127.0.0.1:" + closedPort + "/api?...").contains("refused");
            assertThat(e.retryable()).isTrue();
            assertThat(e.statusCode()).isEmpty();
            assertThat(request.toString()).doesNotContain("s3cret").contains("Authorization");
            assertThat(client.toString()).contains("maxRetries=0");
        }
    }

    @Test
    void aClosedClient_refusesRequests() {
        CustomsHttpClient client = CustomsHttpClient.builder().build();
        client.close();
        client.close();

        assertThatThrownBy(() -> client.execute(CustomsHttpRequest.get(URI.create("http://127.0.0.1:9/"))))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("closed");
    }

    @Test
    void builderSetters_refuseNonsenseAtOnce() {
        CustomsHttpClient.Builder b = CustomsHttpClient.builder();

        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(-1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.totalTimeout(Duration.ofDays(2))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.maxRetries(-1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("initial <= max");
        assertThatThrownBy(() -> b.maxResponseBytes(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.userAgent("evil\r\nX-Injected: 1")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.clock(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toBuilder_makesAVariant_withoutChangingTheOriginal() {
        try (CustomsHttpClient original = CustomsHttpClient.builder().maxRetries(1).build();
                CustomsHttpClient variant = original.toBuilder().maxRetries(5).build()) {
            assertThat(original.toString()).contains("maxRetries=1");
            assertThat(variant.toString()).contains("maxRetries=5");
        }
    }

    @Test
    void headResponses_haveNoBody() {
        try (LocalServer server = LocalServer.http((exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, -1);
        }); CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.head(server.uri("/")));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
            assertThat(server.seen()).extracting(LocalServer.Seen::method).isEqualTo(List.of("HEAD"));
        }
    }
}

package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * JSON through the shared mapping: a body that is not the promised JSON is the server breaking its
 * protocol (a {@link TransportException}, not retryable); a value that cannot be written is the
 * caller's mistake (a {@link ValidationException}).
 */
final class JsonTest {

    record Holiday(LocalDate date, String name) {
        Holiday {
            Objects.requireNonNull(date, "date");
            if (name == null || name.isBlank()) {
                throw new ValidationException("name", "Holiday name is blank: expected e.g. Tết");
            }
        }
    }

    private static LocalServer answering(String contentType, String body) {
        return LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 200, contentType, body));
    }

    @Test
    void validJson_isReadIntoARecord_withJavaTimeAsIsoText() {
        try (LocalServer server = answering("application/json", "{\"date\":\"2026-02-17\",\"name\":\"Tết\",\"x\":1}");
                CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            assertThat(client.getJson(server.uri("/holiday"), Holiday.class))
                    .isEqualTo(new Holiday(LocalDate.of(2026, 2, 17), "Tết"));
            assertThat(server.seen().get(0).headers().getFirst("Accept")).isEqualTo("application/json");
        }
    }

    @Test
    void invalidJson_isANonRetryableTransportException_thatNamesTheRequestAndTheExpectedType() {
        try (LocalServer server = answering("application/json", "<html>Service Unavailable</html>");
                CustomsHttpClient client = CustomsHttpClient.builder().maxRetries(3).build()) {
            TransportException e = Failing.transport(
                    () -> client.getJson(server.uri("/holiday?key=s3cret"), Holiday.class));

            assertThat(e.retryable()).isFalse();
            assertThat(e.statusCode()).hasValue(200);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(ValidationException.class);
            assertThat(e).hasMessageContaining("GET http://127.0.0.1:" + server.port() + "/holiday?...")
                    .hasMessageContaining("expected a JSON document for Holiday").hasMessageNotContaining("s3cret");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void jsonThatBreaksTheRecordsRules_isATransportException_withTheRecordsMessage() {
        try (LocalServer server = answering("application/json", "{\"date\":\"2026-02-17\",\"name\":\" \"}");
                CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            TransportException e = Failing.transport(
                    () -> client.getJson(server.uri("/holiday"), Holiday.class));

            assertThat(e).hasMessageContaining("Holiday name is blank");
            assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void anEmptyBody_saysItWasEmpty_unlessNothingWasExpected() {
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 204, null, ""));
                CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            assertThatThrownBy(() -> client.getJson(server.uri("/"), Holiday.class))
                    .isInstanceOf(TransportException.class).hasMessageContaining("empty body");
            assertThat(client.postJson(server.uri("/"), Map.of("a", 1), Void.class)).isNull();
        }
    }

    @Test
    void aValueThatCannotBeWrittenAsJson_isTheCallersValidationException() {
        try (CustomsHttpClient client = CustomsHttpClient.builder().build()) {
            assertThatThrownBy(() -> client.postJson(URI.create("http://127.0.0.1:9/"), new Object(), Void.class))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Cannot write Object as JSON");
        }
    }

    @Test
    void aResponseReadsItsOwnJson_andDecodesTextWithItsCharset() {
        CustomsHttpResponse response = new CustomsHttpResponse(200,
                Map.of("Content-Type", java.util.List.of("application/json; charset=\"UTF-16\"")),
                "{\"date\":\"2026-04-30\",\"name\":\"Giải phóng\"}".getBytes(StandardCharsets.UTF_16));

        assertThat(response.bodyAsString()).contains("Giải phóng");
        assertThat(response.json(Holiday.class).name()).isEqualTo("Giải phóng");
        assertThatThrownBy(() -> new CustomsHttpResponse(200, Map.of(), "nope".getBytes(StandardCharsets.UTF_8))
                .json(Holiday.class)).isInstanceOf(TransportException.class)
                .hasMessageContaining("expected a JSON document for Holiday");
    }
}

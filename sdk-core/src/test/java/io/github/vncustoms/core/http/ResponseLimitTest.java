package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.TransportException;
import java.io.OutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The maximum response size holds whether or not the server declares a length, and is never retried. */
final class ResponseLimitTest {
    private static final int LIMIT = 64 * 1024;

    /** Sends {@code size} bytes, with a Content-Length or chunked. */
    private static LocalServer serving(long size, boolean declareLength) {
        return LocalServer.http((exchange, n) -> {
            exchange.sendResponseHeaders(200, declareLength ? size : 0);
            byte[] chunk = new byte[8192];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            }
        });
    }

    private static CustomsHttpClient client() {
        return CustomsHttpClient.builder().maxResponseBytes(LIMIT).maxRetries(3).build();
    }

    @Test
    void aDeclaredLengthOverTheLimit_isRefused_notRetryable_andNotRetried() {
        try (LocalServer server = serving(10L * 1024 * 1024, true); CustomsHttpClient client = client()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/big"))));

            assertThat(e.retryable()).isFalse();
            assertThat(e.statusCode()).hasValue(200);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("of 10485760 bytes").hasMessageContaining("maximum of 65536");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aStreamedBodyWithoutLength_isCutOffOnceItPassesTheLimit() {
        try (LocalServer server = serving(10L * 1024 * 1024, false); CustomsHttpClient client = client()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/stream"))));

            assertThat(e.retryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("more bytes than the maximum of 65536");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aBodyOfExactlyTheLimit_isRead_withOrWithoutLength() {
        try (LocalServer withLength = serving(LIMIT, true); LocalServer chunked = serving(LIMIT, false);
                CustomsHttpClient client = client()) {
            assertThat(client.execute(CustomsHttpRequest.get(withLength.uri("/"))).body()).hasSize(LIMIT);
            assertThat(client.execute(CustomsHttpRequest.get(chunked.uri("/"))).body()).hasSize(LIMIT);
        }
    }

    @Test
    void afterAnOversizedBody_theClientKeepsWorking() {
        try (LocalServer big = serving(1024 * 1024, false); LocalServer small = serving(10, true);
                CustomsHttpClient client = client()) {
            Failing.transport(() -> client.execute(CustomsHttpRequest.get(big.uri("/"))));

            assertThat(client.execute(CustomsHttpRequest.get(small.uri("/"))).body()).hasSize(10);
        }
    }
}

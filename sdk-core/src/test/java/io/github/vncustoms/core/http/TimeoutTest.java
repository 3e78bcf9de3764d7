package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.TransportException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Servers that are slow: the read timeout fires on one attempt, the total timeout bounds all of them,
 * and a body that drips in is cut off at the total deadline. These tests wait for real, briefly.
 */
final class TimeoutTest {

    @Test
    void aServerThatNeverAnswers_hitsTheReadTimeout_whichIsRetryable() {
        try (RawServer server = RawServer.start(RawServer::neverAnswer);
                CustomsHttpClient client = CustomsHttpClient.builder().readTimeout(Duration.ofMillis(200))
                        .maxRetries(0).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/slow"))));

            assertThat(e.retryable()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("read timeout of PT0.2S").hasMessageContaining("GET");
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void theTotalTimeout_boundsEveryAttemptAndWait_beforeRetriesRunOut() {
        try (RawServer server = RawServer.start(RawServer::neverAnswer);
                CustomsHttpClient client = CustomsHttpClient.builder().readTimeout(Duration.ofMillis(300))
                        .totalTimeout(Duration.ofMillis(800)).maxRetries(20)
                        .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).build()) {
            long start = System.nanoTime();
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/slow"))));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e.retryable()).isTrue();
            assertThat(e).hasMessageContaining("total timeout of PT0.8S");
            // Three attempts of 300 ms fit in 800 ms only if the third is cut off: the deadline, not
            // the retry budget of 21 attempts, ended the call.
            assertThat(e.attempts()).isBetween(2, 4);
            assertThat(server.connections()).isEqualTo(e.attempts());
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aBodyThatDripsIn_isCutOffAtTheTotalDeadline_thoughEachReadIsQuickEnough() {
        try (RawServer server = RawServer.start(socket -> {
            RawServer.readHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 1000; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        }); CustomsHttpClient client = CustomsHttpClient.builder().readTimeout(Duration.ofSeconds(1))
                .totalTimeout(Duration.ofMillis(600)).maxRetries(0).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/drip"))));

            assertThat(e).hasMessageContaining("total timeout of PT0.6S").hasMessageContaining("cut off");
            assertThat(e.retryable()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
        }
    }
}

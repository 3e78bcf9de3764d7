package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client logs through {@link System.Logger} (here backed by java.util.logging): retries are
 * visible at debug level, secrets never are. An interrupted wait ends the call.
 */
final class LoggingTest {
    private final Logger logger = Logger.getLogger("io.github.vncustoms.core.http");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    @BeforeEach
    void listen() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void retriesAreLoggedAtDebugLevel_withoutTheQueryOrHeaderValues() {
        FakeTime time = new FakeTime(Instant.parse("2026-03-02T01:00:00Z"));
        try (LocalServer server = LocalServer.http((exchange, n) ->
                LocalServer.respond(exchange, n == 1 ? 503 : 200, "text/plain", "ok"));
                CustomsHttpClient client = CustomsHttpClient.builder().clock(time).sleeper(time).build()) {
            client.execute(CustomsHttpRequest.get(server.uri("/api?apiKey=s3cret"))
                    .withHeader("Authorization", "Bearer s3cret"));
        }

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("answered HTTP 503").contains("retrying in"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("s3cret"));
    }

    @Test
    void anInterruptedWait_endsTheCall_notRetryable_andKeepsTheInterruptFlag() {
        try (LocalServer server = LocalServer.http((exchange, n) -> LocalServer.respond(exchange, 503, null, ""));
                CustomsHttpClient client = CustomsHttpClient.builder().sleeper(delay -> {
                    throw new InterruptedException("shutting down");
                }).backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build()) {
            TransportException e = Failing.transport(() -> client.execute(CustomsHttpRequest.get(server.uri("/"))));

            assertThat(e.retryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}

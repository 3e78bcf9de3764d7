package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against self-signed certificates made at test time: refused unless trusted, refused when the
 * host name does not match even if trusted, and client certificates presented on request.
 */
final class TlsTest {
    @TempDir
    static Path dir;

    /** Certificate for 127.0.0.1 and localhost. */
    private static KeyStore loopback;
    /** Certificate for example.test only. */
    private static KeyStore elsewhere;

    @BeforeAll
    static void makeCertificates() throws Exception {
        List<KeyStore> stores = TestCertificates.generate(dir, "loopback", "ip:127.0.0.1,dns:localhost",
                "elsewhere", "dns:example.test");
        loopback = stores.get(0);
        elsewhere = stores.get(1);
    }

    private static LocalServer server(KeyStore identity, KeyStore clients) throws Exception {
        return LocalServer.https(TestCertificates.serverContext(identity, clients), clients != null,
                (exchange, n) -> LocalServer.respond(exchange, 200, "text/plain", "secure"));
    }

    @Test
    void aSelfSignedCertificate_isRefusedByDefault_notRetryable_andNotRetried() throws Exception {
        try (LocalServer server = server(loopback, null);
                CustomsHttpClient client = CustomsHttpClient.builder().maxRetries(3).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/"))));

            assertThat(e.retryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(SSLException.class);
            assertThat(e).hasMessageContaining("not trusted or does not match the host name");
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aCertificateInTheTrustStore_isAccepted() throws Exception {
        try (LocalServer server = server(loopback, null); CustomsHttpClient client = CustomsHttpClient.builder()
                .trustStore(TestCertificates.trustStoreOf(loopback)).build()) {
            CustomsHttpResponse response = client.execute(CustomsHttpRequest.get(server.uri("/")));

            assertThat(response.bodyAsString()).isEqualTo("secure");
        }
    }

    @Test
    void aTrustedCertificateForAnotherHost_isRefused() throws Exception {
        try (LocalServer server = server(elsewhere, null); CustomsHttpClient client = CustomsHttpClient.builder()
                .trustStore(TestCertificates.trustStoreOf(elsewhere)).maxRetries(3).build()) {
            TransportException e = Failing.transport(
                    () -> client.execute(CustomsHttpRequest.get(server.uri("/"))));

            assertThat(e.retryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(SSLException.class);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aClientCertificate_isPresentedWhenTheServerAsksForOne() throws Exception {
        KeyStore trust = TestCertificates.trustStoreOf(loopback);
        try (LocalServer server = server(loopback, trust);
                CustomsHttpClient without = CustomsHttpClient.builder().trustStore(trust).maxRetries(0).build();
                CustomsHttpClient with = without.toBuilder()
                        .clientCertificate(loopback, TestCertificates.PASSWORD).build()) {
            assertThat(with.execute(CustomsHttpRequest.get(server.uri("/"))).status()).isEqualTo(200);
            assertThatThrownBy(() -> without.execute(CustomsHttpRequest.get(server.uri("/"))))
                    .isInstanceOf(TransportException.class);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void keyStoresThatCannotServe_areRefusedByTheBuilder() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        KeyStore unloaded = KeyStore.getInstance("PKCS12");
        CustomsHttpClient.Builder b = CustomsHttpClient.builder();

        assertThatThrownBy(() -> b.trustStore(empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no certificate");
        assertThatThrownBy(() -> b.trustStore(unloaded)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("loaded");
        assertThatThrownBy(() -> b.clientCertificate(TestCertificates.trustStoreOf(loopback), new char[0]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no private key");
        assertThatThrownBy(() -> b.clientCertificate(loopback, "wrong".toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password");
    }
}

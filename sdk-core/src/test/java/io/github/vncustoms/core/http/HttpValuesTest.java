package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.TransportException;
import io.github.vncustoms.core.error.ValidationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests, responses and transport failures as values: what they accept, copy and show. */
final class HttpValuesTest {
    private static final URI URI_ = URI.create("https://ecus.example.vn/api/status");

    @Test
    void methodsAreIdempotentByDefault_exceptPostAndPatch() {
        assertThat(CustomsHttpRequest.get(URI_).idempotent()).isTrue();
        assertThat(CustomsHttpRequest.put(URI_, new byte[0], "text/plain").idempotent()).isTrue();
        assertThat(CustomsHttpRequest.delete(URI_).idempotent()).isTrue();
        assertThat(CustomsHttpRequest.of(HttpMethod.OPTIONS, URI_).idempotent()).isTrue();
        assertThat(CustomsHttpRequest.post(URI_, new byte[0], "text/plain").idempotent()).isFalse();
        assertThat(CustomsHttpRequest.of(HttpMethod.PATCH, URI_).idempotent()).isFalse();
        assertThat(CustomsHttpRequest.post(URI_, new byte[0], "text/plain").withIdempotent(true).idempotent()).isTrue();
    }

    @Test
    void uris_mustBeAbsoluteHttp_withAHost_andNoUserInformation() {
        assertThatThrownBy(() -> CustomsHttpRequest.get(URI.create("/relative"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("absolute http or https");
        assertThatThrownBy(() -> CustomsHttpRequest.get(URI.create("ftp://host/file")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CustomsHttpRequest.get(URI.create("https://admin:hunter2@camera.local/onvif")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("user information")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void headers_areCheckedAgainstInjection_andTheOnesTheClientSetsItself() {
        CustomsHttpRequest r = CustomsHttpRequest.get(URI_);

        assertThatThrownBy(() -> r.withHeader("X-A", "ok\r\nX-Injected: yes")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("control");
        assertThatThrownBy(() -> r.withHeader("Bad Name", "v")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> r.withHeader("Content-Length", "5")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("set by the client");
        assertThatThrownBy(() -> new CustomsHttpRequest(HttpMethod.GET, URI_, Map.of("Accept", "a", "ACCEPT", "b"),
                null, true)).isInstanceOf(ValidationException.class).hasMessageContaining("twice");
        assertThat(r.withHeader("accept", "text/plain").withHeader("Accept", "application/json").headers())
                .containsExactly(Map.entry("Accept", "application/json"));
        assertThat(r.withHeader("Accept", "x").header("ACCEPT")).contains("x");
    }

    @Test
    void bodies_areCopied_andComparedByContent() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        CustomsHttpRequest request = CustomsHttpRequest.post(URI_, bytes, "text/plain");
        bytes[0] = 'z';
        request.body()[1] = 'z';

        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(request).isEqualTo(CustomsHttpRequest.post(URI_, "abc".getBytes(StandardCharsets.UTF_8),
                "text/plain"));
        assertThat(request.hashCode()).isEqualTo(CustomsHttpRequest.post(URI_, "abc".getBytes(StandardCharsets.UTF_8),
                "text/plain").hashCode());
        assertThat(request.header("content-type")).contains("text/plain");
    }

    @Test
    void responses_lowerCaseHeaderNames_mergeTheirValues_andHideThemInToString() {
        CustomsHttpResponse response = new CustomsHttpResponse(200,
                Map.of("Set-Cookie", List.of("session=s3cret")), "body".getBytes(StandardCharsets.UTF_8));

        assertThat(response.headers()).containsOnlyKeys("set-cookie");
        assertThat(response.header("SET-COOKIE")).contains("session=s3cret");
        assertThat(response.toString()).doesNotContain("s3cret").doesNotContain("body=body").contains("4 bytes");
        assertThat(response.bodyAsString()).isEqualTo("body");
        assertThatThrownBy(() -> new CustomsHttpResponse(99, Map.of(), new byte[0]))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void transportExceptions_carryRetryableStatusAndAttempts_andTheOldConstructorsStillWork() {
        TransportException withStatus = new TransportException("m", null, true, 503, 3);
        TransportException withoutStatus = new TransportException("m", new java.io.IOException(), true, 2);
        TransportException plain = new TransportException("m", null);

        assertThat(withStatus.statusCode()).hasValue(503);
        assertThat(withStatus.attempts()).isEqualTo(3);
        assertThat(withStatus.retryable()).isTrue();
        assertThat(withoutStatus.statusCode()).isEmpty();
        assertThat(plain.retryable()).isFalse();
        assertThat(plain.attempts()).isZero();
        assertThat(plain.code()).isEqualTo(ErrorCode.TRANSPORT);
        assertThatThrownBy(() -> new TransportException("m", null, false, 99, 1))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new TransportException("m", null, false, -1))
                .isInstanceOf(ValidationException.class);
    }
}

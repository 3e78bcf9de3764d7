package io.github.vncustoms.core.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Sorts the I/O failures of one attempt into transient ones (worth a retry) and the rest, and says
 * in words what happened. Stateless.
 */
public final class Failures {
    /** The HTTP statuses that say "try again later": too many requests, bad gateway, unavailable, gateway timeout. */
    private static final int[] RETRYABLE_STATUSES = {429, 502, 503, 504};

    private Failures() {}

    /**
     * Says whether an answer with this status may succeed when repeated.
     *
     * @param status the HTTP status
     * @return {@code true} for 429, 502, 503 and 504
     */
    public static boolean isRetryableStatus(int status) {
        for (int s : RETRYABLE_STATUSES) {
            if (s == status) {
                return true;
            }
        }
        return false;
    }

    /**
     * Says whether an I/O failure is transient. Timeouts, refused, reset or closed connections are;
     * an unknown host, a TLS certificate or hostname problem, and a malformed HTTP answer are not.
     *
     * @param e the failure
     * @return {@code true} if a retry could help
     */
    public static boolean isRetryable(IOException e) {
        if (e instanceof UnknownHostException || e instanceof ClientProtocolException
                || e instanceof MessageConstraintException) {
            return false;
        }
        if (e instanceof SSLException) {
            // A handshake cut short by the network may pass next time; a certificate or hostname
            // that does not verify will not.
            return !certificateProblem(e) && hasCause(e, SocketException.class, EOFException.class);
        }
        return true;
    }

    /**
     * Describes a failure for an exception message: what went wrong, then the cause's type and text.
     *
     * @param e the failure
     * @param connectTimeout the configured connect timeout
     * @param readTimeout the configured read timeout
     * @return the description
     */
    public static String describe(IOException e, Duration connectTimeout, Duration readTimeout) {
        String what;
        if (e instanceof ConnectTimeoutException) {
            what = "no connection within the connect timeout of " + connectTimeout;
        } else if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
            what = "the connection was refused";
        } else if (e instanceof NoRouteToHostException) {
            what = "there is no route to the host";
        } else if (e instanceof SocketTimeoutException) {
            what = "no data within the read timeout of " + readTimeout;
        } else if (e instanceof UnknownHostException) {
            what = "the host name is unknown";
        } else if (e instanceof SSLException) {
            what = certificateProblem(e)
                    ? "the server's TLS certificate is not trusted or does not match the host name"
                    : "the TLS handshake failed";
        } else if (e instanceof NoHttpResponseException) {
            what = "the server closed the connection without answering";
        } else if (e instanceof ConnectionClosedException || e instanceof EOFException) {
            what = "the connection closed before the answer was complete";
        } else if (e instanceof SocketException) {
            what = "the connection failed (reset or closed by the peer)";
        } else if (e instanceof ClientProtocolException || e instanceof MessageConstraintException) {
            what = "the answer is not well-formed HTTP";
        } else {
            what = "an I/O error occurred";
        }
        return what + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ")";
    }

    private static boolean certificateProblem(Throwable e) {
        return e instanceof SSLPeerUnverifiedException || hasCause(e, CertificateException.class);
    }

    @SafeVarargs
    private static boolean hasCause(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package io.github.vncustoms.core.internal.http;

import java.net.URI;

/**
 * Writes a URI for messages and logs without the parts that may carry secrets. Stateless.
 */
public final class SafeUris {
    private SafeUris() {}

    /**
     * Returns scheme, host, port and path only: user information, the query (tokens and keys often
     * travel there) and the fragment are left out; an omitted query shows as {@code ?...}.
     *
     * @param uri any URI
     * @return the redacted text
     */
    public static String redact(URI uri) {
        if (uri == null) {
            return "null";
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            // Not a hierarchical server URI: keep only the scheme, the rest may be anything.
            return (uri.getScheme() == null ? "" : uri.getScheme() + ":") + "<redacted>";
        }
        StringBuilder out = new StringBuilder();
        out.append(uri.getScheme()).append("://");
        String host = uri.getHost();
        out.append(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
        if (uri.getPort() >= 0) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            out.append("?...");
        }
        return out.toString();
    }
}

package io.github.vncustoms.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK HTTP(S) server on 127.0.0.1 and an ephemeral port, for one test; counts the requests it saw
 * and keeps what they carried. Closing stops it at once.
 */
final class LocalServer implements AutoCloseable {
    private static final String BODY = "test.requestBody";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-http-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** What the server saw of one request. */
    record Seen(String method, String path, String query, com.sun.net.httpserver.Headers headers, byte[] body) {}

    /** Answers one request; {@code n} counts from 1. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, int n) throws IOException;
    }

    private LocalServer(HttpServer server, Handler handler) {
        this.server = server;
        HttpHandler wrapped = exchange -> {
            int n = requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.setAttribute(BODY, body);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body));
            try {
                handler.handle(exchange, n);
            } catch (IOException e) {
                // The client hung up on purpose (oversized body, timeout): nothing to report.
            } finally {
                exchange.close();
            }
        };
        server.createContext("/", wrapped);
        server.setExecutor(executor);
        server.start();
    }

    static LocalServer http(Handler handler) {
        try {
            return new LocalServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                    handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalServer https(SSLContext context, boolean needClientAuth, Handler handler) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = context.getDefaultSSLParameters();
                    p.setNeedClientAuth(needClientAuth);
                    params.setSSLParameters(p);
                }
            });
            return new LocalServer(server, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request body, already read by the server before the handler runs. */
    static byte[] requestBody(HttpExchange exchange) {
        return (byte[]) exchange.getAttribute(BODY);
    }

    /** Sends a complete answer with a Content-Length. */
    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    URI uri(String pathAndQuery) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    int port() {
        return server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

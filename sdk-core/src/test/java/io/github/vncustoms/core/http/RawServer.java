package io.github.vncustoms.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain socket server on 127.0.0.1 for misbehaviour the JDK's HTTP server cannot show: resetting
 * connections, never answering, dripping a body. Counts the connections it accepted.
 */
final class RawServer implements AutoCloseable {
    /** What to do with one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RawServer(Behaviour behaviour) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    connections.incrementAndGet();
                    open.add(socket);
                    Thread worker = new Thread(() -> {
                        try {
                            behaviour.serve(socket);
                        } catch (IOException | InterruptedException e) {
                            // The test ended or the client gave up.
                        }
                    }, "test-raw-server-connection");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RawServer start(Behaviour behaviour) {
        try {
            return new RawServer(behaviour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the request head, then resets the connection (SO_LINGER 0 sends an RST). */
    static void resetAfterRequestHead(Socket socket) throws IOException {
        readHead(socket.getInputStream());
        socket.setSoLinger(true, 0);
        socket.close();
    }

    /** Reads the request head and never answers; the socket stays open until the server closes. */
    static void neverAnswer(Socket socket) throws IOException {
        readHead(socket.getInputStream());
    }

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}

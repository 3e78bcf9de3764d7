package io.github.vncustoms.core.internal.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} without decoding it, up to an optional byte
 * limit, remembering whether the last line was terminated.
 *
 * <p>Not thread-safe.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private long remaining;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int filled;
    private int lineStart;
    private int lineEnd;
    private boolean terminated;
    private boolean eof;
    private long lineNumber;

    /**
     * Reads a stream.
     *
     * @param in the stream; closed by {@link #close()}
     * @param limit the most bytes to read, or -1 for all
     */
    public LineReader(InputStream in, long limit) {
        this.in = in;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
    }

    /**
     * Moves to the next line.
     *
     * @return {@code false} at the end
     * @throws IOException if reading fails
     */
    public boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < filled; i++) {
                if (buf[i] == '\n') {
                    lineStart = start;
                    lineEnd = i;
                    start = i + 1;
                    terminated = true;
                    lineNumber++;
                    return true;
                }
            }
            if (eof) {
                if (start < filled) {
                    lineStart = start;
                    lineEnd = filled;
                    start = filled;
                    terminated = false;
                    lineNumber++;
                    return true;
                }
                return false;
            }
            scanFrom = filled;
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, filled - start);
                scanFrom -= start;
                filled -= start;
                start = 0;
            }
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int want = (int) Math.min(buf.length - filled, remaining);
            int n = want == 0 ? -1 : in.read(buf, filled, want);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
                remaining -= n;
            }
        }
    }

    /**
     * Returns the buffer holding the current line.
     *
     * @return the buffer
     */
    public byte[] buffer() {
        return buf;
    }

    /**
     * Returns the current line's first byte's index.
     *
     * @return the index
     */
    public int lineStart() {
        return lineStart;
    }

    /**
     * Returns one past the current line's last byte, newline excluded.
     *
     * @return the index
     */
    public int lineEnd() {
        return lineEnd;
    }

    /**
     * Tells whether the current line ended with a newline.
     *
     * @return {@code true} if terminated
     */
    public boolean terminated() {
        return terminated;
    }

    /**
     * Returns the current line's 1-based number.
     *
     * @return the number
     */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

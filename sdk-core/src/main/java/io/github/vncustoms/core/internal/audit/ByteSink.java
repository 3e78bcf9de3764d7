package io.github.vncustoms.core.internal.audit;

import java.util.Arrays;

/**
 * A growable byte array that the hashing and the JSON Lines writer fill without allocating per
 * entry: UTF-8 text, JSON string literals, decimal numbers, big-endian integers.
 *
 * <p>Not thread-safe: each owner keeps its own and reuses it.
 */
public final class ByteSink {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    /**
     * Creates a sink.
     *
     * @param capacity the initial capacity in bytes
     */
    public ByteSink(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** Empties the sink, keeping its capacity. */
    public void reset() {
        size = 0;
    }

    /**
     * Returns the backing array; only the first {@link #size()} bytes are meaningful.
     *
     * @return the array, shared
     */
    public byte[] array() {
        return bytes;
    }

    /**
     * Returns the number of bytes written.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /**
     * Appends one byte.
     *
     * @param b the byte
     */
    public void put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /**
     * Appends bytes.
     *
     * @param b the bytes
     */
    public void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /**
     * Appends ASCII text as is.
     *
     * @param ascii text of characters below 128
     */
    public void ascii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
    }

    /**
     * Appends a big-endian 32-bit integer.
     *
     * @param v the value
     */
    public void int32(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    /**
     * Appends a big-endian 64-bit integer.
     *
     * @param v the value
     */
    public void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    /**
     * Appends a decimal number.
     *
     * @param v the value
     */
    public void decimal(long v) {
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            put('-');
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        size += digits;
    }

    /**
     * Appends a non-negative number as exactly {@code width} decimal digits, zero-padded.
     *
     * @param v the value
     * @param width the number of digits
     */
    public void padded(long v, int width) {
        ensure(width);
        for (int i = size + width - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        size += width;
    }

    /**
     * Appends text in UTF-8, preceded by its length in bytes as a big-endian 32-bit integer: the
     * unambiguous form of a string in the canonical serialisation.
     *
     * @param s well-formed UTF-16 text
     */
    public void lengthPrefixedUtf8(String s) {
        int at = size;
        int32(0);
        utf8(s);
        int length = size - at - 4;
        bytes[at] = (byte) (length >>> 24);
        bytes[at + 1] = (byte) (length >>> 16);
        bytes[at + 2] = (byte) (length >>> 8);
        bytes[at + 3] = (byte) length;
    }

    /**
     * Appends text in UTF-8. Callers pass only well-formed UTF-16 (the audit records check it).
     *
     * @param s the text
     */
    public void utf8(String s) {
        int n = s.length();
        ensure(n * 3);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else {
                size = at;
                i = nonAscii(s, i, c);
                at = size;
            }
        }
        size = at;
    }

    /**
     * Appends text as a JSON string literal, quotes included: {@code "} and {@code \} and control
     * characters are escaped, everything else is written as UTF-8.
     *
     * @param s well-formed UTF-16 text
     */
    public void jsonString(String s) {
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = bytes;
        int at = size;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                b[at++] = (byte) c;
            } else if (c >= 0x80) {
                size = at;
                i = nonAscii(s, i, c);
                at = size;
            } else {
                b[at++] = '\\';
                switch (c) {
                    case '"' -> b[at++] = '"';
                    case '\\' -> b[at++] = '\\';
                    case '\n' -> b[at++] = 'n';
                    case '\r' -> b[at++] = 'r';
                    case '\t' -> b[at++] = 't';
                    default -> {
                        b[at++] = 'u';
                        b[at++] = '0';
                        b[at++] = '0';
                        b[at++] = HEX[(c >> 4) & 0xF];
                        b[at++] = HEX[c & 0xF];
                    }
                }
            }
        }
        b[at++] = '"';
        size = at;
    }

    /** Writes one non-ASCII character (or surrogate pair) as UTF-8; returns the index of its last char. */
    private int nonAscii(String s, int i, char c) {
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            bytes[size++] = (byte) (0xF0 | (cp >> 18));
            bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("unpaired surrogate at index " + i);
        }
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }
}

package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.AuditCheckpoint;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Lines form of entries and checkpoints: one JSON object a line, written by hand in a fixed
 * key order and read by a strict little parser, because the journal writes hundreds of thousands a
 * second and the verifier reads a million. The JSON form is only storage: hashes are computed over
 * the canonical serialisation of {@link EntryHasher}, never over these bytes.
 *
 * <pre>{@code
 * {"v":1,"sequence":7,"timestamp":"2026-02-17T01:00:00Z","actorId":"hq.it","actorUnit":"TCHQ",
 *  "action":"declaration.read","objectType":"DECLARATION","objectId":"1045","objectUnit":"01AB",
 *  "origin":"10.2.3.4","outcome":"SUCCESS","details":{"channel":"portal"},"previousHash":"..","hash":".."}
 * }</pre>
 *
 * <p>Not thread-safe: a codec reuses its buffers; each writer and each reader has its own.
 */
public final class JsonLines {
    private static final String[] ENTRY_KEYS = {"v", "sequence", "timestamp", "actorId", "actorUnit", "action",
        "objectType", "objectId", "objectUnit", "origin", "outcome", "details", "previousHash", "hash"};
    private static final String[] CHECKPOINT_KEYS = {"v", "sequence", "hash", "time", "signature"};
    private static final byte[][] ENTRY_KEY_BYTES = bytes(ENTRY_KEYS);
    private static final byte[][] CHECKPOINT_KEY_BYTES = bytes(CHECKPOINT_KEYS);

    private final ByteSink sink = new ByteSink(1024);
    private final StringBuilder text = new StringBuilder(64);
    private byte[] in;
    private int p;
    private int end;

    private static byte[][] bytes(String[] keys) {
        byte[][] out = new byte[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            out[i] = keys[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    /**
     * Writes an entry as one line, newline included.
     *
     * @param e the entry
     * @return the sink holding the line, valid until the next call
     */
    public ByteSink entryLine(AuditEntry e) {
        AuditEvent ev = e.event();
        ByteSink s = sink;
        s.reset();
        s.ascii("{\"v\":1,\"sequence\":");
        s.decimal(e.sequence());
        s.ascii(",\"timestamp\":\"");
        Timestamps.write(s, e.timestamp());
        s.ascii("\",\"actorId\":");
        s.jsonString(ev.actorId());
        s.ascii(",\"actorUnit\":");
        s.jsonString(ev.actorUnit());
        s.ascii(",\"action\":");
        s.jsonString(ev.action());
        s.ascii(",\"objectType\":");
        s.jsonString(ev.objectType());
        s.ascii(",\"objectId\":");
        s.jsonString(ev.objectId());
        s.ascii(",\"objectUnit\":");
        s.jsonString(ev.objectUnit());
        s.ascii(",\"origin\":");
        s.jsonString(ev.origin());
        s.ascii(",\"outcome\":\"");
        s.ascii(ev.outcome().name());
        s.ascii("\",\"details\":{");
        boolean first = true;
        for (Map.Entry<String, String> d : ev.details().entrySet()) {
            if (!first) {
                s.put(',');
            }
            first = false;
            s.jsonString(d.getKey());
            s.put(':');
            s.jsonString(d.getValue());
        }
        s.ascii("},\"previousHash\":\"");
        s.ascii(e.previousHash());
        s.ascii("\",\"hash\":\"");
        s.ascii(e.hash());
        s.ascii("\"}\n");
        return s;
    }

    /**
     * Writes a checkpoint as one line, newline included.
     *
     * @param c the checkpoint
     * @return the sink holding the line, valid until the next call
     */
    public ByteSink checkpointLine(AuditCheckpoint c) {
        ByteSink s = sink;
        s.reset();
        s.ascii("{\"v\":1,\"sequence\":");
        s.decimal(c.sequence());
        s.ascii(",\"hash\":\"");
        s.ascii(c.hash());
        s.ascii("\",\"time\":\"");
        Timestamps.write(s, c.time());
        s.ascii("\",\"signature\":\"");
        s.ascii(c.signature());
        s.ascii("\"}\n");
        return s;
    }

    /**
     * Reads an entry from a line (without its newline).
     *
     * @param bytes the buffer
     * @param from the line's first byte
     * @param to one past its last byte
     * @return the entry
     * @throws ValidationException if the line is not a well-formed entry; the message says why
     */
    public AuditEntry parseEntry(byte[] bytes, int from, int to) {
        start(bytes, from, to);
        Object[] v = new Object[ENTRY_KEYS.length];
        readObject(ENTRY_KEYS, ENTRY_KEY_BYTES, v, 11);
        requireVersion(v[0]);
        long sequence = (Long) require(v, 1, ENTRY_KEYS, Long.class);
        Instant timestamp = instant((String) require(v, 2, ENTRY_KEYS, String.class), "timestamp");
        AuditOutcome outcome;
        String outcomeName = (String) require(v, 10, ENTRY_KEYS, String.class);
        try {
            outcome = AuditOutcome.valueOf(outcomeName);
        } catch (IllegalArgumentException e) {
            throw malformed("outcome '" + outcomeName + "' is not one of SUCCESS, FAILURE, DENIED");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> details = (Map<String, String>) require(v, 11, ENTRY_KEYS, Map.class);
        AuditEvent event = new AuditEvent(
                (String) require(v, 3, ENTRY_KEYS, String.class), (String) require(v, 4, ENTRY_KEYS, String.class),
                (String) require(v, 5, ENTRY_KEYS, String.class), (String) require(v, 6, ENTRY_KEYS, String.class),
                (String) require(v, 7, ENTRY_KEYS, String.class), (String) require(v, 8, ENTRY_KEYS, String.class),
                (String) require(v, 9, ENTRY_KEYS, String.class), outcome, details);
        return new AuditEntry(sequence, timestamp, event, (String) require(v, 12, ENTRY_KEYS, String.class),
                (String) require(v, 13, ENTRY_KEYS, String.class));
    }

    /**
     * Reads a checkpoint from a line (without its newline).
     *
     * @param bytes the buffer
     * @param from the line's first byte
     * @param to one past its last byte
     * @return the checkpoint
     * @throws ValidationException if the line is not a well-formed checkpoint
     */
    public AuditCheckpoint parseCheckpoint(byte[] bytes, int from, int to) {
        start(bytes, from, to);
        Object[] v = new Object[CHECKPOINT_KEYS.length];
        readObject(CHECKPOINT_KEYS, CHECKPOINT_KEY_BYTES, v, -1);
        requireVersion(v[0]);
        return new AuditCheckpoint((Long) require(v, 1, CHECKPOINT_KEYS, Long.class),
                (String) require(v, 2, CHECKPOINT_KEYS, String.class),
                instant((String) require(v, 3, CHECKPOINT_KEYS, String.class), "time"),
                (String) require(v, 4, CHECKPOINT_KEYS, String.class));
    }

    private void start(byte[] bytes, int from, int to) {
        this.in = bytes;
        this.p = from;
        this.end = to;
    }

    private static void requireVersion(Object v) {
        if (!Long.valueOf(1).equals(v)) {
            throw malformed("format version " + v + " is not supported: expected \"v\":1");
        }
    }

    private static Object require(Object[] values, int i, String[] keys, Class<?> type) {
        Object o = values[i];
        if (o == null) {
            throw malformed("key \"" + keys[i] + "\" is missing");
        }
        if (!type.isInstance(o)) {
            throw malformed("key \"" + keys[i] + "\" has the wrong type: expected " + type.getSimpleName());
        }
        return o;
    }

    private static Instant instant(String s, String key) {
        try {
            return Timestamps.parse(s);
        } catch (IllegalArgumentException e) {
            throw malformed("key \"" + key + "\": " + e.getMessage());
        }
    }

    /** Reads {key: value, ...}; numbers become Long, strings String, and the object at mapIndex a map. */
    private void readObject(String[] keys, byte[][] keyBytes, Object[] values, int mapIndex) {
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            p++;
        } else {
            while (true) {
                skipSpace();
                int k = readKey(keys, keyBytes);
                skipSpace();
                expect(':');
                skipSpace();
                if (values[k] != null) {
                    throw malformed("key \"" + keys[k] + "\" appears twice");
                }
                byte c = peek();
                if (k == mapIndex) {
                    values[k] = readStringMap();
                } else if (c == '"') {
                    values[k] = readString();
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    values[k] = readLong();
                } else {
                    throw malformed("unexpected '" + (char) c + "' as the value of \"" + keys[k] + "\"");
                }
                skipSpace();
                byte sep = next();
                if (sep == '}') {
                    break;
                }
                if (sep != ',') {
                    throw malformed("expected ',' or '}' at byte " + (p - 1));
                }
            }
        }
        skipSpace();
        if (p != end) {
            throw malformed("unexpected text after the closing '}'");
        }
    }

    private int readKey(String[] keys, byte[][] keyBytes) {
        expect('"');
        int from = p;
        while (p < end && in[p] != '"') {
            if (in[p] == '\\') {
                throw malformed("escaped characters in a key are not allowed");
            }
            p++;
        }
        int to = p;
        expect('"');
        for (int i = 0; i < keyBytes.length; i++) {
            byte[] k = keyBytes[i];
            if (k.length == to - from && java.util.Arrays.equals(k, 0, k.length, in, from, to)) {
                return i;
            }
        }
        throw malformed("unknown key \"" + new String(in, from, to - from, StandardCharsets.UTF_8) + "\"");
    }

    private Map<String, String> readStringMap() {
        expect('{');
        skipSpace();
        Map<String, String> map = new TreeMap<>();
        if (peek() == '}') {
            p++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = readString();
            skipSpace();
            expect(':');
            skipSpace();
            if (map.put(key, readString()) != null) {
                throw malformed("details key \"" + key + "\" appears twice");
            }
            skipSpace();
            byte sep = next();
            if (sep == '}') {
                return map;
            }
            if (sep != ',') {
                throw malformed("expected ',' or '}' in details");
            }
        }
    }

    private long readLong() {
        int from = p;
        if (peek() == '-') {
            p++;
        }
        long v = 0;
        int digits = 0;
        while (p < end && in[p] >= '0' && in[p] <= '9') {
            if (digits == 18) {
                throw malformed("number too long");
            }
            v = v * 10 + (in[p++] - '0');
            digits++;
        }
        if (digits == 0) {
            throw malformed("malformed number at byte " + from);
        }
        return in[from] == '-' ? -v : v;
    }

    private String readString() {
        expect('"');
        int from = p;
        while (p < end) {
            byte c = in[p];
            if (c == '"') {
                String s = new String(in, from, p - from, StandardCharsets.UTF_8);
                p++;
                return s;
            }
            if (c == '\\') {
                return readEscapedString(from);
            }
            if (c >= 0 && c < 0x20) {
                throw malformed("unescaped control character in a string");
            }
            p++;
        }
        throw malformed("unterminated string");
    }

    private String readEscapedString(int from) {
        StringBuilder b = text;
        b.setLength(0);
        b.append(new String(in, from, p - from, StandardCharsets.UTF_8));
        int run = p;
        while (p < end) {
            byte c = in[p];
            if (c == '"') {
                b.append(new String(in, run, p - run, StandardCharsets.UTF_8));
                p++;
                return b.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw malformed("unescaped control character in a string");
            }
            if (c != '\\') {
                p++;
                continue;
            }
            b.append(new String(in, run, p - run, StandardCharsets.UTF_8));
            p++;
            byte e = next();
            switch (e) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case '/' -> b.append('/');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (end - p < 4) {
                        throw malformed("truncated \\u escape");
                    }
                    int cp = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(in[p++], 16);
                        if (d < 0) {
                            throw malformed("malformed \\u escape");
                        }
                        cp = cp * 16 + d;
                    }
                    b.append((char) cp);
                }
                default -> throw malformed("unknown escape \\" + (char) e);
            }
            run = p;
        }
        throw malformed("unterminated string");
    }

    private void skipSpace() {
        while (p < end && (in[p] == ' ' || in[p] == '\t' || in[p] == '\r')) {
            p++;
        }
    }

    private byte peek() {
        if (p >= end) {
            throw malformed("the line ends early");
        }
        return in[p];
    }

    private byte next() {
        byte c = peek();
        p++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw malformed("expected '" + c + "' at byte " + (p - 1));
        }
    }

    private static ValidationException malformed(String why) {
        return new ValidationException("line", "Malformed journal line: " + why);
    }
}

package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 conversions that never build a {@code String} of the secret and zero every intermediate
 * buffer. Messages never quote the input. Stateless and thread-safe.
 */
public final class Bytes {
    private Bytes() {}

    /**
     * Encodes characters as UTF-8, strictly.
     *
     * @param chars the characters
     * @return a new array the caller owns
     * @throws ValidationException if the characters hold a lone surrogate
     */
    public static byte[] utf8(char[] chars) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = null;
        try {
            buffer = encoder.encode(CharBuffer.wrap(chars));
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new ValidationException("secret", "Secret text is not well-formed UTF-16 (it holds a lone surrogate"
                    + " character): expected text that can be encoded as UTF-8");
        } finally {
            wipe(buffer);
        }
    }

    /**
     * Decodes UTF-8 to characters, strictly.
     *
     * @param bytes the bytes
     * @return a new array the caller owns
     * @throws ValidationException if the bytes are not UTF-8 text
     */
    public static char[] chars(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer buffer = null;
        try {
            buffer = decoder.decode(ByteBuffer.wrap(bytes));
            char[] out = new char[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new ValidationException("secret", "Secret is not UTF-8 text (it holds binary data such as a key):"
                    + " expected revealBytes() or withBytes(...) for a binary secret");
        } finally {
            if (buffer != null && buffer.hasArray()) {
                Arrays.fill(buffer.array(), '\0');
            }
        }
    }

    /**
     * Zeroes arrays; {@code null}s are skipped.
     *
     * @param arrays the arrays to zero
     */
    public static void zero(byte[]... arrays) {
        for (byte[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, (byte) 0);
            }
        }
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer != null && buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}

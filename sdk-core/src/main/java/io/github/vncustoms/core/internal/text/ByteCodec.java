package io.github.vncustoms.core.internal.text;

/**
 * One Vietnamese byte encoding: a lenient decoder and a strict encoder. Implementations are
 * immutable and thread-safe.
 */
public interface ByteCodec {
    /**
     * Decodes bytes to NFC text, replacing each byte (or sequence) without meaning by U+FFFD.
     *
     * @param bytes the encoded bytes
     * @return the text and a count of replaced places
     */
    Decoding decode(byte[] bytes);

    /**
     * Encodes NFC text.
     *
     * @param nfcText text in Unicode NFC
     * @return the bytes
     * @throws io.github.vncustoms.core.error.ValidationException naming the first character
     *     (and its index) that the encoding cannot represent
     */
    byte[] encode(String nfcText);
}

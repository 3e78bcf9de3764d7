package io.github.vncustoms.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * UTF-8, with a leading byte-order mark dropped and the result normalised to NFC. Malformed
 * sequences become U+FFFD and are counted; encoding rejects unpaired surrogates. Immutable and
 * thread-safe (a decoder is made per call).
 */
public final class Utf8Codec implements ByteCodec {
    /** The one instance. */
    public static final Utf8Codec INSTANCE = new Utf8Codec();

    private Utf8Codec() {}

    @Override
    public Decoding decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int undecodable = 0;
        String first = "";
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (undecodable++ == 0) {
                    first = "byte " + Characters.hex(bytes[in.position()]) + " at offset " + in.position()
                            + " does not start a well-formed UTF-8 sequence";
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoding(Normalizer.normalize(text, Normalizer.Form.NFC), undecodable, first);
    }

    @Override
    public byte[] encode(String nfcText) {
        for (int i = 0; i < nfcText.length(); i++) {
            char c = nfcText.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < nfcText.length()
                    && Character.isLowSurrogate(nfcText.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Characters.unencodable("UTF-8", c, i, "well-formed UTF-16 text (surrogates in pairs)");
            }
        }
        return nfcText.getBytes(StandardCharsets.UTF_8);
    }
}

package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.secret.SecretShare;
import io.github.vncustoms.core.secret.SplitScheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.util.encoders.Base32;

/**
 * The printable form of a {@link SecretShare}: {@code VNCS1-} and Base32 (RFC 4648, letters and
 * the digits 2–7 only, so no 0/O or 1/I confusion on paper) in dash-separated groups of five.
 *
 * <p>The Base32 carries, in order: format version (1 byte), scheme (1), threshold (1), total (1),
 * index (1), secret identifier and holder (UTF-8, 1-byte length each), commitment (16), value
 * (2-byte length), and the first 4 bytes of the SHA-256 of all of that as a checksum against
 * mistyping. The checksum is not a security measure: the commitment is. Messages never quote the
 * text, which is secret material. Stateless and thread-safe.
 */
public final class ShareText {
    /** Longest value a part can hold: the largest padded payload of {@link SharePayload}. */
    public static final int MAX_VALUE_LENGTH =
            (2 + SharePayload.MAX_SECRET_LENGTH + SharePayload.BLOCK - 1) / SharePayload.BLOCK * SharePayload.BLOCK
                    + SharePayload.KEY_LENGTH;

    private static final String PREFIX = "VNCS";
    private static final int VERSION = 1;
    private static final int CHECKSUM_LENGTH = 4;
    private static final int GROUP = 5;
    private static final int MIN_LENGTH = 5 + 1 + 1 + 1 + 1 + SharePayload.COMMITMENT_LENGTH + 2 + 1 + CHECKSUM_LENGTH;

    private ShareText() {}

    /**
     * Writes the printable form.
     *
     * @param share the part
     * @return e.g. {@code VNCS1-AEBAG-...}
     */
    public static String encode(SecretShare share) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] value = share.value();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(share.scheme() == SplitScheme.XOR ? 1 : 2);
            out.writeByte(share.threshold());
            out.writeByte(share.total());
            out.writeByte(share.index());
            writeLabel(out, share.secretId());
            writeLabel(out, share.holder());
            out.write(share.commitment());
            out.writeShort(value.length);
            out.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Bytes.zero(value);
        }
        byte[] body = bytes.toByteArray();
        byte[] all = Arrays.copyOf(body, body.length + CHECKSUM_LENGTH);
        System.arraycopy(checksum(body, body.length), 0, all, body.length, CHECKSUM_LENGTH);
        String base32 = Base32.toBase32String(all).replace("=", "");
        Bytes.zero(body, all);
        StringBuilder text = new StringBuilder(PREFIX).append(VERSION);
        for (int i = 0; i < base32.length(); i += GROUP) {
            text.append('-').append(base32, i, Math.min(base32.length(), i + GROUP));
        }
        return text.toString();
    }

    /**
     * Reads the printable form.
     *
     * @param text the printable form; case, whitespace and dashes are ignored
     * @return the part
     * @throws ValidationException if the text is not a part
     * @throws IntegrityException if the checksum fails
     */
    public static SecretShare decode(String text) {
        String compact = text.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (!compact.startsWith(PREFIX) || compact.length() == PREFIX.length()) {
            throw new ValidationException("share", "Text is not a secret share: expected text starting with '"
                    + PREFIX + VERSION + "-' as printed for the part's holder");
        }
        if (compact.charAt(PREFIX.length()) != (char) ('0' + VERSION)) {
            throw new ValidationException("share", "Share is in a format version this SDK does not read: expected"
                    + " text starting with '" + PREFIX + VERSION + "-'");
        }
        String base32 = compact.substring(PREFIX.length() + 1);
        for (int i = 0; i < base32.length(); i++) {
            char c = base32.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '2' && c <= '7')) {
                throw new ValidationException("share", "Share text holds a character that is not Base32 at position "
                        + (i + 1) + " after the prefix: expected only letters A–Z and digits 2–7 (never 0, 1, 8 or 9)");
            }
        }
        int rest = base32.length() % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw cutShort();
        }
        byte[] all;
        try {
            all = Base32.decode(rest == 0 ? base32 : base32 + "=".repeat(8 - rest));
        } catch (RuntimeException e) {
            throw cutShort();
        }
        try {
            if (all.length < MIN_LENGTH) {
                throw cutShort();
            }
            int bodyLength = all.length - CHECKSUM_LENGTH;
            byte[] expected = checksum(all, bodyLength);
            if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(all, bodyLength, all.length))) {
                throw new IntegrityException("Share text fails its checksum: a character was mistyped, left out or"
                        + " changed; expected the text exactly as printed for its holder");
            }
            return read(all, bodyLength);
        } finally {
            Bytes.zero(all);
        }
    }

    private static SecretShare read(byte[] all, int bodyLength) {
        byte[] value = null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, bodyLength))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new ValidationException("share", "Share carries format version " + version
                        + ": expected version " + VERSION);
            }
            int schemeCode = in.readUnsignedByte();
            if (schemeCode != 1 && schemeCode != 2) {
                throw new ValidationException("share", "Share names an unknown scheme (" + schemeCode
                        + "): expected 1 (XOR) or 2 (Shamir)");
            }
            int threshold = in.readUnsignedByte();
            int total = in.readUnsignedByte();
            int index = in.readUnsignedByte();
            String secretId = readLabel(in);
            String holder = readLabel(in);
            byte[] commitment = in.readNBytes(SharePayload.COMMITMENT_LENGTH);
            int length = in.readUnsignedShort();
            if (length > MAX_VALUE_LENGTH) {
                throw new ValidationException("share", "Share says its value has " + length + " bytes: expected at most "
                        + MAX_VALUE_LENGTH);
            }
            value = in.readNBytes(length);
            if (commitment.length != SharePayload.COMMITMENT_LENGTH || value.length != length) {
                throw cutShort();
            }
            if (in.available() > 0) {
                throw new ValidationException("share", "Share text has " + in.available() + " byte(s) after its value:"
                        + " expected the text exactly as printed");
            }
            return new SecretShare(secretId, holder, index, threshold, total,
                    schemeCode == 1 ? SplitScheme.XOR : SplitScheme.SHAMIR, commitment, value);
        } catch (EOFException e) {
            throw cutShort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Bytes.zero(value);
        }
    }

    private static void writeLabel(DataOutputStream out, String label) throws IOException {
        byte[] utf8 = label.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 255) {
            throw new ValidationException("label", "Label '" + label + "' takes " + utf8.length
                    + " bytes in UTF-8: expected at most 255");
        }
        out.writeByte(utf8.length);
        out.write(utf8);
    }

    private static String readLabel(DataInputStream in) throws IOException {
        int length = in.readUnsignedByte();
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new EOFException();
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static byte[] checksum(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return Arrays.copyOf(sha.digest(), CHECKSUM_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigurationException("This Java runtime offers no SHA-256: expected every Java SE runtime to", e);
        }
    }

    private static ValidationException cutShort() {
        return new ValidationException("share", "Share text is cut short or has characters missing: expected the"
                + " whole text exactly as printed for its holder");
    }
}

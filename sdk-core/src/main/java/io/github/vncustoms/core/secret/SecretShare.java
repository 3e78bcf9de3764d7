package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.Labels;
import io.github.vncustoms.core.internal.secret.SharePayload;
import io.github.vncustoms.core.internal.secret.ShareText;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * One part of a split secret, for one holder (VAL-21: "at least two parts, held by two different
 * people").
 *
 * <p>Besides the part's bytes, it carries what recombination needs to refuse a wrong part: the
 * secret's identifier, the holder, the part's index, the threshold and total, the scheme, and the
 * split's commitment (a keyed hash of the secret that only a full set of parts can check, see
 * {@link SecretSplitter}). {@link #toText()} gives the printable form handed to the holder, e.g.
 * {@code VNCS1-AEBQG-...}, which {@link #parse(String)} reads back, detecting a mistyped
 * character through a checksum.
 *
 * <p>The part's bytes are secret material: {@link #toString()} never shows them, and {@link
 * #value()} returns a copy. {@code equals} compares every component, arrays by content.
 *
 * <p>Immutable and thread-safe.
 *
 * @param secretId the identifier of the secret that was split, e.g. {@code "hq-db-admin"}; not secret
 * @param holder the name or id of the person who holds this part; not secret
 * @param index the part's index, from 1 to {@code total}
 * @param threshold how many parts recombine the secret, from 2 to {@code total}
 * @param total how many parts were made, at most 255
 * @param scheme how the secret was split; {@link SplitScheme#XOR} needs {@code threshold == total}
 * @param commitment the split's commitment, 16 bytes, the same in every part of one split
 * @param value the part's bytes
 */
public record SecretShare(String secretId, String holder, int index, int threshold, int total, SplitScheme scheme,
        byte[] commitment, byte[] value) {
    /** Longest secret identifier or holder name, in characters. */
    public static final int MAX_LABEL_LENGTH = 80;
    /** Most parts one secret can be split into. */
    public static final int MAX_PARTS = 255;

    /**
     * Validates the part and copies its arrays.
     *
     * @throws ValidationException if a label is blank or too long, the numbers are out of range or
     *     inconsistent, or an array has the wrong length
     */
    public SecretShare {
        secretId = requireSecretId(secretId);
        holder = requireHolder(holder);
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(value, "value");
        if (total < 2 || total > MAX_PARTS) {
            throw new ValidationException("total", "Part of '" + holder + "' says the secret was split into " + total
                    + " part(s): expected 2 to " + MAX_PARTS);
        }
        if (threshold < 2 || threshold > total) {
            throw new ValidationException("threshold", "Part of '" + holder + "' says " + threshold + " of " + total
                    + " parts are needed: expected a threshold from 2 to " + total);
        }
        if (index < 1 || index > total) {
            throw new ValidationException("index", "Part of '" + holder + "' has index " + index + ": expected 1 to "
                    + total);
        }
        if (scheme == SplitScheme.XOR && threshold != total) {
            throw new ValidationException("scheme", "Part of '" + holder + "' is an XOR part with threshold " + threshold
                    + " of " + total + ": expected XOR parts to need all parts (threshold " + total + ")");
        }
        if (commitment.length != SharePayload.COMMITMENT_LENGTH) {
            throw new ValidationException("commitment", "Part of '" + holder + "' has a " + commitment.length
                    + "-byte commitment: expected " + SharePayload.COMMITMENT_LENGTH + " bytes");
        }
        if (value.length == 0 || value.length > ShareText.MAX_VALUE_LENGTH) {
            throw new ValidationException("value", "Part of '" + holder + "' has " + value.length
                    + " bytes: expected 1 to " + ShareText.MAX_VALUE_LENGTH);
        }
        commitment = commitment.clone();
        value = value.clone();
    }

    /**
     * Reads a part from its printable form. Case, spaces, line breaks and dashes are ignored, so a
     * part typed back from paper in groups reads the same.
     *
     * @param text the printable form, as {@link #toText()} wrote it
     * @return the part
     * @throws ValidationException if the text is not a part at all (wrong prefix, a character outside
     *     the Base32 alphabet, cut short, an unknown version)
     * @throws IntegrityException if the text fails its checksum: a character was mistyped or changed
     */
    public static SecretShare parse(String text) {
        return ShareText.decode(Objects.requireNonNull(text, "text"));
    }

    /**
     * Tells whether a text is a well-formed part whose checksum holds.
     *
     * @param text any text, may be {@code null}
     * @return {@code true} if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (ValidationException | IntegrityException e) {
            return false;
        }
    }

    /**
     * Returns the printable form to hand to the holder: {@code VNCS1-} followed by Base32 in groups
     * of five, carrying every component and a checksum. The text is secret material.
     *
     * @return the printable form
     */
    public String toText() {
        return ShareText.encode(this);
    }

    /**
     * Returns a copy of the split's commitment.
     *
     * @return a fresh copy
     */
    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    /**
     * Returns a copy of the part's bytes. They are secret material: zero the copy after use.
     *
     * @return a fresh copy
     */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Tells whether this part and another come from the same split: same secret, scheme, threshold,
     * total and commitment.
     *
     * @param other another part
     * @return {@code true} if both belong to one split
     */
    public boolean sameSplitAs(SecretShare other) {
        Objects.requireNonNull(other, "other");
        return secretId.equals(other.secretId) && scheme == other.scheme && threshold == other.threshold
                && total == other.total && MessageDigest.isEqual(commitment, other.commitment);
    }

    /** Compares every component, arrays by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SecretShare s && sameSplitAs(s) && holder.equals(s.holder) && index == s.index
                && MessageDigest.isEqual(value, s.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secretId, holder, index, threshold, total, scheme, Arrays.hashCode(commitment));
    }

    /** Returns e.g. {@code SecretShare[secretId=hq-db-admin, holder=Nguyễn Văn An, part 1 of 3, threshold 2, SHAMIR, value=***]}. */
    @Override
    public String toString() {
        return "SecretShare[secretId=" + secretId + ", holder=" + holder + ", part " + index + " of " + total
                + ", threshold " + threshold + ", " + scheme + ", value=***]";
    }

    static String requireSecretId(String secretId) {
        return Labels.require("secretId", "Secret identifier", "hq-db-admin-2026", secretId, MAX_LABEL_LENGTH);
    }

    static String requireHolder(String holder) {
        return Labels.require("holder", "Holder", "Nguyễn Văn An", holder, MAX_LABEL_LENGTH);
    }
}

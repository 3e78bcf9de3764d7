package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.Labels;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of one split of a secret, one per holder, as {@link SecretSplitter#split} made them
 * (VAL-21). Hand each holder their part's {@link SecretShare#toText() printable form}, then drop
 * this object: whoever holds it holds the secret.
 *
 * <p>{@link #toString()} names the holders, never a part's bytes. Immutable and thread-safe.
 *
 * @param secretId the identifier of the secret
 * @param threshold how many parts recombine it
 * @param scheme how it was split
 * @param shares the parts, in index order (part i at position i-1)
 */
public record SplitSecret(String secretId, int threshold, SplitScheme scheme, List<SecretShare> shares) {
    /**
     * Checks that the parts form one complete split.
     *
     * @throws ValidationException if the parts are not all of this split, or not indexed 1 to n in
     *     order
     */
    public SplitSecret {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(scheme, "scheme");
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new ValidationException("shares", "Split of '" + secretId + "' has no parts: expected one part per holder");
        }
        SecretShare first = shares.get(0);
        for (int i = 0; i < shares.size(); i++) {
            SecretShare s = shares.get(i);
            if (!s.sameSplitAs(first) || !s.secretId().equals(secretId) || s.threshold() != threshold
                    || s.scheme() != scheme || s.total() != shares.size() || s.index() != i + 1) {
                throw new ValidationException("shares", "Part " + (i + 1) + " (" + s + ") does not belong at that place"
                        + " in the split of '" + secretId + "': expected parts 1 to " + shares.size()
                        + " of one split, in order");
            }
        }
    }

    /**
     * Returns how many parts were made.
     *
     * @return the number of parts
     */
    public int total() {
        return shares.size();
    }

    /**
     * Returns the holders, in index order.
     *
     * @return an unmodifiable list
     */
    public List<String> holders() {
        return shares.stream().map(SecretShare::holder).toList();
    }

    /**
     * Finds the part of a holder; holders compare ignoring case and surrounding spaces.
     *
     * @param holder the holder's name or id
     * @return the part, or empty if that person holds none
     */
    public Optional<SecretShare> shareOf(String holder) {
        String wanted = Labels.identity(SecretShare.requireHolder(holder));
        return shares.stream().filter(s -> Labels.identity(s.holder()).equals(wanted)).findFirst();
    }

    /** Returns e.g. {@code SplitSecret[hq-db-admin, 2 of 3, SHAMIR, holders=[An, Bình, Chi]]}. */
    @Override
    public String toString() {
        return "SplitSecret[" + secretId + ", " + threshold + " of " + shares.size() + ", " + scheme + ", holders="
                + holders() + "]";
    }
}

package io.github.vncustoms.core.secret;

import com.codahale.shamir.Scheme;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.Bytes;
import io.github.vncustoms.core.internal.secret.Labels;
import io.github.vncustoms.core.internal.secret.ShareCombiner;
import io.github.vncustoms.core.internal.secret.SharePayload;
import io.github.vncustoms.core.internal.secret.SharePayload.ShareContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Splits a secret into parts held by different people, and recombines them (VAL-21: "server
 * administrator passwords at department and HQ level have at least two parts, held by two
 * different people").
 *
 * <pre>{@code
 * SecretSplitter splitter = SecretSplitter.create();
 * SplitSecret split = splitter.split("hq-db-admin", password, 2, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Chi"));
 * split.shares().forEach(part -> print(part.holder(), part.toText()));   // one sheet per holder
 *
 * Secret again = splitter.combineTexts(List.of(textFromAn, textFromChi));  // any 2 of the 3
 * }</pre>
 *
 * <p><b>Schemes.</b> When every part is needed (threshold = number of holders, e.g. the 2-of-2 of
 * VAL-21) the parts are random pads and the secret XOR all pads ({@link SplitScheme#XOR}); when
 * fewer suffice, Shamir's scheme over GF(256) ({@link SplitScheme#SHAMIR}). In both, fewer parts
 * than the threshold tell nothing about the secret.
 *
 * <p><b>Detecting a wrong part.</b> What is split is the secret, padded to a multiple of 32 bytes
 * (so parts do not reveal a password's length), together with a random 32-byte key; every part
 * carries the commitment {@code HMAC-SHA256(key, secret and split context)}. Recombination checks
 * the result against it, so a part that is corrupted, given a wrong index, or taken from another
 * secret or another split is refused with a {@link WrongShareException}. As the key is inside the
 * split, a holder alone cannot use the commitment to test guesses of the secret. With exactly the
 * threshold of parts a failure says that some part is wrong; with more parts the wrong ones are
 * singled out by holder. Fewer parts than the threshold is a {@link ValidationException} saying
 * how many more are needed. The printable form of a part carries a checksum, so a mistyped
 * character is caught when it is read, before recombination.
 *
 * <p>Secrets of 1 to 1024 bytes can be split into 2 to 255 parts. Messages never contain the
 * secret or a part's bytes. Immutable and thread-safe.
 */
public final class SecretSplitter {
    private final SecureRandom random;

    private SecretSplitter(Builder builder) {
        this.random = builder.random;
    }

    /**
     * Returns a splitter drawing from a new {@link SecureRandom}.
     *
     * @return a splitter
     */
    public static SecretSplitter create() {
        return builder().build();
    }

    /**
     * Starts a splitter.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this splitter's settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().random(random);
    }

    /**
     * Splits a secret between holders: any {@code threshold} of their parts recombine it, fewer tell
     * nothing about it. Part i goes to the i-th holder. The caller's secret is left as it was.
     *
     * @param secretId an identifier for the secret, printed on every part, e.g. {@code "hq-db-admin-2026"};
     *     not secret
     * @param secret the secret, 1 to 1024 bytes
     * @param threshold how many parts recombine it, from 2 to the number of holders
     * @param holders the people who each receive one part, all different; not secret
     * @return the parts
     * @throws ValidationException if the identifier or a holder name is blank or too long, a holder
     *     is named twice (names compare ignoring case), there are fewer than 2 or more than 255
     *     holders, the threshold is out of range, or the secret is empty or too long
     * @throws InvalidStateException if the secret was destroyed
     */
    public SplitSecret split(String secretId, Secret secret, int threshold, List<String> holders) {
        String id = SecretShare.requireSecretId(secretId);
        Objects.requireNonNull(secret, "secret");
        List<String> names = requireHolders(holders);
        int n = names.size();
        if (threshold < 2 || threshold > n) {
            throw new ValidationException("threshold", "Threshold " + threshold + " does not fit " + n + " holders:"
                    + " expected 2 to " + n + " (VAL-21: at least two parts must come together)");
        }
        SplitScheme scheme = threshold == n ? SplitScheme.XOR : SplitScheme.SHAMIR;
        byte[] value = secret.revealBytes();
        byte[] key = new byte[SharePayload.KEY_LENGTH];
        byte[] payload = null;
        List<byte[]> parts = new ArrayList<>(n);
        try {
            if (value.length == 0 || value.length > SharePayload.MAX_SECRET_LENGTH) {
                throw new ValidationException("secret", "Secret " + (value.length == 0 ? "is empty" : "is longer than "
                        + SharePayload.MAX_SECRET_LENGTH + " bytes") + ": expected 1 to " + SharePayload.MAX_SECRET_LENGTH
                        + " bytes (parts are meant to be printed)");
            }
            random.nextBytes(key);
            payload = SharePayload.pack(value, key);
            byte[] commitment = SharePayload.commitment(key, value, new ShareContext(id, scheme.name(), threshold, n));
            if (scheme == SplitScheme.XOR) {
                byte[] last = payload.clone();
                for (int i = 1; i < n; i++) {
                    byte[] pad = new byte[payload.length];
                    random.nextBytes(pad);
                    for (int j = 0; j < last.length; j++) {
                        last[j] ^= pad[j];
                    }
                    parts.add(pad);
                }
                parts.add(last);
            } else {
                Map<Integer, byte[]> shamir = new Scheme(random, n, threshold).split(payload);
                for (int i = 1; i <= n; i++) {
                    parts.add(shamir.get(i));
                }
            }
            List<SecretShare> shares = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                shares.add(new SecretShare(id, names.get(i), i + 1, threshold, n, scheme, commitment, parts.get(i)));
            }
            return new SplitSecret(id, threshold, scheme, shares);
        } finally {
            Bytes.zero(value, key, payload);
            parts.forEach(Bytes::zero);
        }
    }

    /**
     * Splits a secret into two parts for two different people, both needed to recombine it: the
     * 2-of-2 split knowledge of VAL-21 ({@link SplitScheme#XOR}).
     *
     * @param secretId an identifier for the secret; not secret
     * @param secret the secret, 1 to 1024 bytes
     * @param firstHolder who receives part 1
     * @param secondHolder who receives part 2, a different person
     * @return the two parts
     * @throws ValidationException as {@link #split} does, in particular if both holders are the same
     * @throws InvalidStateException if the secret was destroyed
     */
    public SplitSecret splitBetween(String secretId, Secret secret, String firstHolder, String secondHolder) {
        Objects.requireNonNull(firstHolder, "firstHolder");
        Objects.requireNonNull(secondHolder, "secondHolder");
        return split(secretId, secret, 2, List.of(firstHolder, secondHolder));
    }

    /**
     * Recombines parts into the secret. Every part supplied must be right: with more parts than the
     * threshold, a wrong one is singled out and reported rather than outvoted.
     *
     * @param shares at least the threshold of distinct parts of one split, in any order
     * @return the secret; destroy it after use
     * @throws ValidationException if no part, fewer parts than the threshold (the message says how
     *     many more are needed), or the same part twice was supplied
     * @throws WrongShareException if a part is wrong: from another secret or split, corrupted, or
     *     with a wrong index; {@link WrongShareException#wrongHolders()} names it when it can be told
     */
    public Secret combine(Collection<SecretShare> shares) {
        Objects.requireNonNull(shares, "shares");
        return Secret.adopt(ShareCombiner.combine(shares, random));
    }

    /**
     * Reads parts from their printable forms and recombines them.
     *
     * @param texts the printable forms, in any order
     * @return the secret; destroy it after use
     * @throws ValidationException if a text is not a part (the message says which, by position), or
     *     as {@link #combine}
     * @throws IntegrityException if a text fails its checksum (the message says which), or as
     *     {@link #combine}
     */
    public Secret combineTexts(Collection<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<SecretShare> shares = new ArrayList<>(texts.size());
        int position = 0;
        for (String text : texts) {
            position++;
            try {
                shares.add(SecretShare.parse(Objects.requireNonNull(text, "text")));
            } catch (ValidationException e) {
                throw new ValidationException(e.field(), "Text " + position + " of " + texts.size() + ": "
                        + e.getMessage(), e);
            } catch (IntegrityException e) {
                throw new IntegrityException("Text " + position + " of " + texts.size() + ": " + e.getMessage(), e);
            }
        }
        return combine(shares);
    }

    private static List<String> requireHolders(List<String> holders) {
        Objects.requireNonNull(holders, "holders");
        if (holders.size() < 2 || holders.size() > SecretShare.MAX_PARTS) {
            throw new ValidationException("holders", holders.size() + " holder(s) named: expected 2 to "
                    + SecretShare.MAX_PARTS + " different people (VAL-21: at least two parts, held by two different"
                    + " people)");
        }
        List<String> names = new ArrayList<>(holders.size());
        Map<String, Integer> seen = new HashMap<>();
        for (String holder : holders) {
            String name = SecretShare.requireHolder(holder);
            Integer earlier = seen.putIfAbsent(Labels.identity(name), names.size() + 1);
            if (earlier != null) {
                throw new ValidationException("holders", "Holder '" + name + "' is named twice (parts " + earlier
                        + " and " + (names.size() + 1) + "): expected every part to go to a different person (VAL-21"
                        + " split knowledge)");
            }
            names.add(name);
        }
        return names;
    }

    /** Configures a {@link SecretSplitter}. Not thread-safe. */
    public static final class Builder {
        private SecureRandom random = new SecureRandom();

        private Builder() {}

        /**
         * Sets the source of randomness for pads, polynomials and commitment keys.
         *
         * @param random a cryptographically strong source; default a new {@link SecureRandom}
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the splitter.
         *
         * @return an immutable, thread-safe splitter
         */
        public SecretSplitter build() {
            return new SecretSplitter(this);
        }
    }
}

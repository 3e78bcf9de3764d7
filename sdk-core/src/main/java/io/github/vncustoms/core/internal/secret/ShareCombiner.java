package io.github.vncustoms.core.internal.secret;

import com.codahale.shamir.Scheme;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.secret.SharePayload.ShareContext;
import io.github.vncustoms.core.secret.SecretShare;
import io.github.vncustoms.core.secret.SplitScheme;
import io.github.vncustoms.core.secret.WrongShareException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recombines parts and, when the result fails the commitment, works out which part is wrong.
 *
 * <p>Checks run from cheap to costly: the parts must agree on their split (identifier, scheme,
 * threshold, total, commitment, length; the majority decides which parts are the odd ones out),
 * indexes and holders must be distinct, and at least the threshold of parts must be present. Then
 * all parts are recombined at once; any wrong part changes the result (every Lagrange coefficient
 * is non-zero), so the commitment catches it. With exactly the threshold of parts nothing more can
 * be told; with more, the first subset of threshold size that meets the commitment fixes the
 * polynomial, and each remaining part is tested against it, which singles out every wrong one.
 * Stateless and thread-safe.
 */
public final class ShareCombiner {
    /** Subsets tried before giving up on singling out a wrong part. */
    static final int MAX_SUBSETS = 20_000;

    private ShareCombiner() {}

    /**
     * Recombines parts into the secret.
     *
     * @param supplied the parts
     * @param random any random source; the Shamir library's constructor wants one, joining uses none
     * @return the secret's bytes, a new array the caller owns
     * @throws ValidationException if no part, too few parts, or the same part twice was supplied
     * @throws WrongShareException if a part is wrong
     */
    public static byte[] combine(Collection<SecretShare> supplied, SecureRandom random) {
        List<SecretShare> shares = List.copyOf(supplied);
        if (shares.isEmpty()) {
            throw new ValidationException("shares", "No parts were supplied: expected at least 2 parts of one secret");
        }
        requireOneSplit(shares);
        requireDistinct(shares);
        SecretShare first = shares.get(0);
        int k = first.threshold();
        if (shares.size() < k) {
            throw new ValidationException("shares", "Only " + shares.size() + " of the " + k + " parts needed to"
                    + " recombine secret '" + first.secretId() + "' were supplied (" + names(shares) + "): expected at"
                    + " least " + k + " distinct parts, so " + (k - shares.size()) + " more");
        }
        Joiner joiner = new Joiner(first, random);
        Optional<byte[]> secret = joiner.join(shares);
        if (secret.isPresent()) {
            return secret.get();
        }
        if (shares.size() == k) {
            throw new WrongShareException("The " + k + " parts supplied for secret '" + first.secretId() + "' ("
                    + names(shares) + ") do not recombine to the secret they were split from: at least one of them is"
                    + " wrong (corrupted, mistyped, given a wrong index, or from another split); expected the parts as"
                    + " printed for their holders"
                    + (k < first.total() ? ", and one more part lets the SDK single out the wrong one" : ""), List.of());
        }
        throw singleOut(shares, joiner);
    }

    private static WrongShareException singleOut(List<SecretShare> shares, Joiner joiner) {
        SecretShare first = shares.get(0);
        int k = first.threshold();
        int m = shares.size();
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        List<SecretShare> good = null;
        int tried = 0;
        do {
            if (++tried > MAX_SUBSETS) {
                break;
            }
            List<SecretShare> subset = pick(shares, combo);
            Optional<byte[]> secret = joiner.join(subset);
            if (secret.isPresent()) {
                Bytes.zero(secret.get());
                good = subset;
                break;
            }
        } while (next(combo, m));
        if (good == null) {
            return new WrongShareException("No " + k + " of the " + m + " parts supplied for secret '" + first.secretId()
                    + "' (" + names(shares) + ") recombine to the secret they were split from: "
                    + (tried > MAX_SUBSETS ? "the wrong part(s) could not be singled out within " + MAX_SUBSETS
                            + " combinations" : "more than " + (m - k) + " of them are wrong")
                    + "; expected the parts as printed for their holders", List.of());
        }
        List<SecretShare> base = good.subList(1, good.size());
        List<SecretShare> wrong = new ArrayList<>();
        for (SecretShare candidate : shares) {
            if (good.contains(candidate)) {
                continue;
            }
            List<SecretShare> test = new ArrayList<>(base);
            test.add(candidate);
            Optional<byte[]> secret = joiner.join(test);
            if (secret.isPresent()) {
                Bytes.zero(secret.get());
            } else {
                wrong.add(candidate);
            }
        }
        return new WrongShareException((wrong.size() == 1 ? "The part of " : "The parts of ") + names(wrong)
                + " for secret '" + first.secretId() + "' " + (wrong.size() == 1 ? "is" : "are") + " wrong: "
                + (wrong.size() == 1 ? "it does" : "they do") + " not recombine with the other " + (m - wrong.size())
                + " parts, which agree with the split's commitment; expected the part as printed for its holder: leave"
                + " the wrong part out or ask its holder for the original",
                wrong.stream().map(SecretShare::holder).toList());
    }

    private static void requireOneSplit(List<SecretShare> shares) {
        Map<String, List<SecretShare>> splits = new LinkedHashMap<>();
        for (SecretShare s : shares) {
            splits.computeIfAbsent(splitKey(s), key -> new ArrayList<>()).add(s);
        }
        if (splits.size() == 1) {
            return;
        }
        List<List<SecretShare>> bySize = splits.values().stream()
                .sorted(Comparator.comparingInt((List<SecretShare> g) -> g.size()).reversed()).toList();
        if (bySize.get(0).size() == bySize.get(1).size()) {
            throw new WrongShareException("The " + shares.size() + " parts supplied come from " + splits.size()
                    + " different splits and none has more parts than the others: "
                    + bySize.stream().map(g -> "{" + names(g) + "} of secret '" + g.get(0).secretId() + "'")
                            .collect(Collectors.joining(", "))
                    + "; expected parts of one split of one secret", List.of());
        }
        SecretShare reference = bySize.get(0).get(0);
        List<SecretShare> odd = bySize.stream().skip(1).flatMap(List::stream).toList();
        throw new WrongShareException("Not every part supplied for secret '" + reference.secretId() + "' belongs to"
                + " the split that most parts (" + names(bySize.get(0)) + ") come from: "
                + odd.stream().map(s -> describe(s, reference)).collect(Collectors.joining("; "))
                + "; expected parts of one split only", odd.stream().map(SecretShare::holder).toList());
    }

    private static String describe(SecretShare odd, SecretShare reference) {
        String who = "the part of '" + odd.holder() + "' (index " + odd.index() + ")";
        if (!odd.secretId().equals(reference.secretId())) {
            return who + " belongs to secret '" + odd.secretId() + "'";
        }
        if (odd.scheme() != reference.scheme() || odd.threshold() != reference.threshold()
                || odd.total() != reference.total()) {
            return who + " says " + odd.threshold() + " of " + odd.total() + " (" + odd.scheme() + ") where the others say "
                    + reference.threshold() + " of " + reference.total() + " (" + reference.scheme() + ")";
        }
        if (length(odd) != length(reference)) {
            return who + " is longer or shorter than the others: it was cut or altered";
        }
        return who + " comes from another split of the same secret (its commitment differs): the secret was split"
                + " again, or the part was altered";
    }

    private static void requireDistinct(List<SecretShare> shares) {
        Map<Integer, List<SecretShare>> byIndex = new TreeMap<>();
        Map<String, List<SecretShare>> byHolder = new LinkedHashMap<>();
        for (SecretShare s : shares) {
            byIndex.computeIfAbsent(s.index(), i -> new ArrayList<>()).add(s);
            byHolder.computeIfAbsent(Labels.identity(s.holder()), h -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Integer, List<SecretShare>> e : byIndex.entrySet()) {
            List<SecretShare> same = e.getValue();
            if (same.size() == 1) {
                continue;
            }
            SecretShare s = same.get(0);
            if (same.stream().allMatch(s::equals)) {
                throw new ValidationException("shares", "The part of '" + s.holder() + "' (index " + s.index()
                        + " of secret '" + s.secretId() + "') was supplied " + same.size() + " times: expected each part once");
            }
            throw new WrongShareException("The parts of " + names(same) + " of secret '" + s.secretId() + "' all claim"
                    + " index " + e.getKey() + ": one of them carries a wrong index or was altered; expected each index"
                    + " once", List.of());
        }
        for (List<SecretShare> same : byHolder.values()) {
            if (same.size() > 1) {
                SecretShare s = same.get(0);
                throw new WrongShareException(same.size() + " parts of secret '" + s.secretId() + "' name holder '"
                        + s.holder() + "' (" + names(same) + "): the parts of one split go to different people, so"
                        + " all but one of them were altered; expected one part per holder", List.of(s.holder()));
            }
        }
    }

    private static String splitKey(SecretShare s) {
        return s.secretId() + '\u0000' + s.scheme() + '\u0000' + s.threshold() + '\u0000' + s.total() + '\u0000'
                + HexFormat.of().formatHex(s.commitment()) + '\u0000' + length(s);
    }

    private static int length(SecretShare s) {
        byte[] value = s.value();
        Bytes.zero(value);
        return value.length;
    }

    private static String names(List<SecretShare> shares) {
        return shares.stream().map(s -> "'" + s.holder() + "' (index " + s.index() + ")").collect(Collectors.joining(", "));
    }

    private static List<SecretShare> pick(List<SecretShare> shares, int[] combo) {
        List<SecretShare> out = new ArrayList<>(combo.length);
        for (int i : combo) {
            out.add(shares.get(i));
        }
        return out;
    }

    /** Advances to the next k-combination of {0..m-1} in lexicographic order; false after the last. */
    private static boolean next(int[] combo, int m) {
        int k = combo.length;
        int i = k - 1;
        while (i >= 0 && combo[i] == m - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        combo[i]++;
        for (int j = i + 1; j < k; j++) {
            combo[j] = combo[j - 1] + 1;
        }
        return true;
    }

    /** Joins parts of one split and checks the result against the split's commitment. */
    private static final class Joiner {
        private final SplitScheme scheme;
        private final byte[] commitment;
        private final ShareContext context;
        private final Scheme shamir;

        Joiner(SecretShare first, SecureRandom random) {
            this.scheme = first.scheme();
            this.commitment = first.commitment();
            this.context = new ShareContext(first.secretId(), first.scheme().name(), first.threshold(), first.total());
            this.shamir = scheme == SplitScheme.SHAMIR ? new Scheme(random, first.total(), first.threshold()) : null;
        }

        Optional<byte[]> join(List<SecretShare> parts) {
            Map<Integer, byte[]> values = new TreeMap<>();
            for (SecretShare s : parts) {
                values.put(s.index(), s.value());
            }
            byte[] payload = null;
            try {
                payload = scheme == SplitScheme.XOR ? xor(values.values()) : shamir.join(values);
                return SharePayload.open(payload, commitment, context);
            } finally {
                Bytes.zero(payload);
                values.values().forEach(Bytes::zero);
            }
        }

        private static byte[] xor(Collection<byte[]> values) {
            byte[] out = null;
            for (byte[] v : values) {
                if (out == null) {
                    out = v.clone();
                } else {
                    for (int i = 0; i < out.length; i++) {
                        out[i] ^= v[i];
                    }
                }
            }
            return out;
        }
    }
}

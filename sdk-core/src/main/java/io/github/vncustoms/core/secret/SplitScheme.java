package io.github.vncustoms.core.secret;

/**
 * How a secret was cut into parts (VAL-21).
 *
 * <p>Immutable.
 */
public enum SplitScheme {
    /**
     * Every part is needed (n-of-n, including the 2-of-2 of VAL-21): all parts but the last are
     * random pads and the last is the secret XOR every pad. Any n-1 parts are uniformly random and
     * tell nothing about the secret. {@link SecretSplitter} uses it whenever the threshold equals the
     * number of holders.
     */
    XOR,
    /**
     * Any k of n parts suffice: Shamir's secret sharing over GF(256) ({@code com.codahale.shamir}),
     * where a part is the value at x = index of a random polynomial of degree k-1 whose constant
     * term is the secret. Any k-1 parts tell nothing about the secret. {@link SecretSplitter} uses
     * it whenever the threshold is below the number of holders.
     */
    SHAMIR
}

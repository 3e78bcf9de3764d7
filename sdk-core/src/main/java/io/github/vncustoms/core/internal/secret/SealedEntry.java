package io.github.vncustoms.core.internal.secret;

import java.time.Instant;

/**
 * A vault entry as held in memory and in the exported document: ciphertext only.
 *
 * <p>Immutable by convention: nobody writes to the arrays after construction.
 *
 * @param updatedAt when the secret was last stored
 * @param nonce the GCM nonce
 * @param ciphertext the ciphertext followed by its tag
 */
public record SealedEntry(Instant updatedAt, byte[] nonce, byte[] ciphertext) {}

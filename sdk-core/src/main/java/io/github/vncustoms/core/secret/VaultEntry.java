package io.github.vncustoms.core.secret;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link CredentialVault} tells about an entry without opening it: its name and when its
 * secret was last stored. Names are not secret; never put a password in one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the entry's name, e.g. {@code "camera/kcx-tan-thuan/nvr-01"}
 * @param updatedAt when the secret was last stored, from the vault's clock
 */
public record VaultEntry(String name, Instant updatedAt) {
    /** Checks that both components are present. */
    public VaultEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

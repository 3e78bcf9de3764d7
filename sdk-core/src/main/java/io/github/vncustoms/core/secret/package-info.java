/**
 * Secrets: split knowledge of administrator passwords (VAL-21) and the credential vault for
 * accounts the SDK must keep, such as enterprise camera accounts (CAM-15).
 *
 * <ul>
 *   <li>{@link io.github.vncustoms.core.secret.Secret} holds a password or key: never shown by
 *       {@code toString()}, revealed only as a copy or to a callback, zeroed by {@code destroy()}.
 *   <li>{@link io.github.vncustoms.core.secret.SecretSplitter} splits a secret into parts for
 *       different people ({@link io.github.vncustoms.core.secret.SecretShare}, printable as text),
 *       2-of-2 or any k of n, and recombines them, refusing a wrong part with a
 *       {@link io.github.vncustoms.core.secret.WrongShareException} and a missing one with a
 *       {@code ValidationException} saying how many more are needed (VAL-21: "at least two parts,
 *       held by two different people").
 *   <li>{@link io.github.vncustoms.core.secret.CredentialVault} keeps secrets under AES-256-GCM,
 *       keyed from a passphrase through Argon2id or by a key the integrator supplies, and exports
 *       them as a JSON document that holds no plaintext (CAM-15: "accounts must not leak to third
 *       parties").
 * </ul>
 *
 * <pre>{@code
 * // VAL-21: the HQ database administrator password, 2 of 3 officers needed
 * SplitSecret split = SecretSplitter.create().split("hq-db-admin", Secret.of(password), 2,
 *         List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Chi"));
 * split.shareOf("Lê Chi").orElseThrow().toText();   // "VNCS1-AEBAG-..." printed for Lê Chi
 *
 * // CAM-15: an enterprise's recorder account
 * CredentialVault vault = CredentialVault.builder().passphrase(passphrase).open(Path.of("credentials.vault.json"));
 * vault.put("camera/kcx-tan-thuan/nvr-01", Secret.of(nvrPassword));
 * vault.exportTo(Path.of("credentials.vault.json"));
 * }</pre>
 *
 * <p>No type of this package puts a secret in a {@code toString()}, an exception message or a log
 * line; names of secrets, holders and entries are not secret and do appear there.
 */
package io.github.vncustoms.core.secret;

/**
 * Machinery behind {@code io.github.vncustoms.core.secret}: byte handling that zeroes what it
 * copies, the share payload and its commitment, the printable share codec, recombination with
 * wrong-part search, Argon2id key derivation, AES-GCM sealing and the vault's JSON document. Not
 * API; may change without notice.
 */
package io.github.vncustoms.core.internal.secret;

/**
 * Machinery behind {@code io.github.vncustoms.core.audit}: the canonical form entries are hashed in,
 * SHA-256 chaining, Ed25519 checkpoint signatures, the JSON Lines codec, the chain verifier and the
 * segment files of the JSON Lines store. Not API: may change in any release.
 */
package io.github.vncustoms.core.internal.audit;

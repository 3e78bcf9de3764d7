/**
 * Extension points of the audit journal: {@link io.github.vncustoms.core.audit.spi.AuditStore},
 * where a deployment keeps entries and checkpoints (a database, say), and
 * {@link io.github.vncustoms.core.audit.spi.StoredEntry}, a record as stored, handed to the
 * verifier (STA-07).
 */
package io.github.vncustoms.core.audit.spi;

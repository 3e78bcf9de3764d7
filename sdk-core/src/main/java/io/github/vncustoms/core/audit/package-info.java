/**
 * The audit journal (STA-07, ACC-04): an append-only, tamper-evident record of who did what, when,
 * to which object of which unit, from where, and with what outcome, including every access the
 * {@link io.github.vncustoms.core.access.AccessPolicy} refused.
 *
 * <ul>
 *   <li>{@link io.github.vncustoms.core.audit.AuditJournal} numbers, stamps and hash-chains
 *       {@link io.github.vncustoms.core.audit.AuditEvent}s into
 *       {@link io.github.vncustoms.core.audit.AuditEntry}s and signs
 *       {@link io.github.vncustoms.core.audit.AuditCheckpoint}s with an Ed25519
 *       {@link io.github.vncustoms.core.audit.JournalSigningKey};
 *   <li>{@link io.github.vncustoms.core.audit.AuditVerifier} needs only the
 *       {@link io.github.vncustoms.core.audit.JournalPublicKey} and names the first entry modified,
 *       deleted, inserted or reordered, in a {@link io.github.vncustoms.core.audit.VerificationReport};
 *   <li>{@link io.github.vncustoms.core.audit.AuditJournal#query} answers reviews of the access
 *       history (STA-07, Art. 12.2) by actor, object, time range and outcome, only ever within the
 *       caller's scope;
 *   <li>entries live in an {@link io.github.vncustoms.core.audit.spi.AuditStore}:
 *       {@link io.github.vncustoms.core.audit.InMemoryAuditStore}, or
 *       {@link io.github.vncustoms.core.audit.JsonLinesAuditStore}, whose daily or size-rotated files
 *       are gzipped for archiving (Art. 10.3) and survive a crash in the middle of a write.
 * </ul>
 *
 * <pre>{@code
 * JournalSigningKey key = JournalSigningKey.of(vault.read("audit-key"));
 * AccessPolicy base = AccessPolicy.builder(UnitDirectories.sample()).build();
 * AuditJournal journal = AuditJournal.builder(
 *                 JsonLinesAuditStore.builder(Path.of("audit"))
 *                         .flushPolicy(FlushPolicy.periodically(1000, Duration.ofMillis(200)))
 *                         .build(),
 *                 key, base)
 *         .build();
 * AccessPolicy policy = base.toBuilder().denialListener(journal.denialListener()).build();
 *
 * journal.append(AuditEvent.builder().actor(officer).action("declaration.read")
 *         .object("DECLARATION", "104512345678", "01AB").origin("10.2.3.4").build());
 *
 * AuditPage page = journal.query(reviewer, AuditQuery.builder().actor("nguyen.van.a").build());
 * VerificationReport report = AuditVerifier.create(key.publicKey()).verify(journalStore);
 * }</pre>
 */
package io.github.vncustoms.core.audit;

package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.AuditCheckpoint;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.VerificationProblem;
import io.github.vncustoms.core.audit.VerificationReport;
import io.github.vncustoms.core.audit.spi.StoredEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Walks a journal in storage order and names the first problem.
 *
 * <p>An entry is accepted when its stored hash is the hash of its content (it is <em>intact</em>),
 * its sequence is the next one expected, and its previous hash is the hash of the entry accepted
 * before it. At the first entry that is not accepted, the verifier looks ahead (up to
 * {@value #WINDOW} records) for the genuine successor of the accepted prefix, the intact entry with the
 * expected sequence that links to it, and classifies:
 *
 * <ul>
 *   <li>the successor follows later: the records before it do not belong here; a genuine entry of a
 *       later sequence that is itself linked into the chain was <em>reordered</em>, anything else was
 *       <em>inserted</em>;
 *   <li>no successor, the record is not intact or unreadable: <em>modified</em>;
 *   <li>no successor, the record is intact with a higher sequence: entries were <em>deleted</em>;
 *   <li>no successor, the record is intact with the expected sequence but links elsewhere: the entry
 *       before it was rewritten with a recomputed hash (<em>modified</em>);
 *   <li>the record repeats the sequence of the entry before it and links to the same predecessor
 *       (a fork): the one no later entry links to was <em>inserted</em>;
 *   <li>a lower sequence: a repeated entry, <em>inserted</em>.
 * </ul>
 *
 * <p>Checkpoints are checked as the walk reaches their sequence: first the signature, then the hash;
 * checkpoints beyond the last entry reveal a <em>truncated tail</em>.
 *
 * <p>Not thread-safe: one verification at a time per instance.
 */
public final class ChainVerifier {
    /** How far the verifier looks ahead to classify a problem. */
    public static final int WINDOW = 1000;

    private final EntryHasher hasher = new EntryHasher();
    private final byte[] publicKey;

    /**
     * Creates a verifier.
     *
     * @param publicKey the journal's 32-byte Ed25519 public key
     */
    public ChainVerifier(byte[] publicKey) {
        this.publicKey = publicKey.clone();
    }

    /** The state of the walk: the accepted prefix. */
    private static final class Walk {
        final Iterator<StoredEntry> source;
        final List<StoredEntry> window = new ArrayList<>();
        int windowStart;
        final List<AuditCheckpoint> checkpoints;
        int nextCheckpoint;
        long expected = 1;
        String head = AuditEntry.GENESIS_HASH;
        String beforeHead;
        StoredEntry last;
        long accepted;
        long signedThrough;

        Walk(Iterator<StoredEntry> source, List<AuditCheckpoint> checkpoints) {
            this.source = source;
            this.checkpoints = checkpoints;
        }

        StoredEntry next() {
            if (windowStart < window.size()) {
                StoredEntry r = window.get(windowStart++);
                if (windowStart == window.size()) {
                    window.clear();
                    windowStart = 0;
                }
                return r;
            }
            return source.hasNext() ? source.next() : null;
        }

        /** The records after the current one, read ahead up to the window's size. */
        List<StoredEntry> lookahead() {
            while (window.size() - windowStart < WINDOW && source.hasNext()) {
                window.add(source.next());
            }
            return window.subList(windowStart, window.size());
        }
    }

    /**
     * Verifies a journal.
     *
     * @param records the stored records in storage order
     * @param checkpoints the checkpoints, in any order
     * @return the report
     */
    public VerificationReport verify(Iterator<StoredEntry> records, List<AuditCheckpoint> checkpoints) {
        List<AuditCheckpoint> sorted = new ArrayList<>(checkpoints);
        sorted.sort(Comparator.comparingLong(AuditCheckpoint::sequence));
        Walk w = new Walk(records, sorted);
        VerificationReport problem = checkCheckpoints(w);
        if (problem != null) {
            return problem;
        }
        for (StoredEntry rec = w.next(); rec != null; rec = w.next()) {
            AuditEntry e = rec.entry();
            boolean intact = e != null && hasher.isIntact(e);
            if (intact && e.sequence() == w.expected && e.previousHash().equals(w.head)) {
                w.beforeHead = w.head;
                w.head = e.hash();
                w.last = rec;
                w.expected++;
                w.accepted++;
                problem = checkCheckpoints(w);
                if (problem != null) {
                    return problem;
                }
            } else {
                return classify(w, rec, intact);
            }
        }
        if (w.nextCheckpoint < sorted.size()) {
            AuditCheckpoint beyond = sorted.get(w.nextCheckpoint);
            if (!Checkpoints.isValid(publicKey, beyond)) {
                return fail(w, VerificationProblem.BAD_CHECKPOINT_SIGNATURE, beyond.sequence(), -1, "",
                        "The checkpoint for sequence " + beyond.sequence() + " signed " + beyond.time()
                                + " does not verify with the journal's public key, and the journal ends at sequence "
                                + (w.expected - 1) + ": expected a checkpoint signed by the journal's key");
            }
            return fail(w, VerificationProblem.TRUNCATED_TAIL, w.expected, -1, "",
                    "The journal ends at sequence " + (w.expected - 1) + " but a correctly signed checkpoint made "
                            + beyond.time() + " covers entries up to sequence " + beyond.sequence()
                            + ": entries " + w.expected + " to " + beyond.sequence() + " were cut off");
        }
        long last = w.expected - 1;
        String explanation = last == 0
                ? "The journal is empty."
                : "All " + w.accepted + " entries chain from the genesis hash through sequence " + last
                        + "; entries through " + w.signedThrough + " are covered by a verified checkpoint"
                        + (w.signedThrough < last ? "; entries " + (w.signedThrough + 1) + " to " + last
                                + " are chained but not yet signed." : ".");
        return new VerificationReport(true, null, -1, -1, "", explanation, w.accepted, last, w.signedThrough);
    }

    /** Checks every checkpoint for the sequence just accepted (or 0 at the start). */
    private VerificationReport checkCheckpoints(Walk w) {
        long seq = w.expected - 1;
        while (w.nextCheckpoint < w.checkpoints.size() && w.checkpoints.get(w.nextCheckpoint).sequence() == seq) {
            AuditCheckpoint cp = w.checkpoints.get(w.nextCheckpoint++);
            long position = w.last == null ? -1 : w.last.position();
            String location = w.last == null ? "" : w.last.location();
            if (!Checkpoints.isValid(publicKey, cp)) {
                return fail(w, VerificationProblem.BAD_CHECKPOINT_SIGNATURE, seq, position, location,
                        "The checkpoint for sequence " + seq + " signed " + cp.time()
                                + " does not verify with the journal's public key: expected a checkpoint signed by the journal's key");
            }
            if (!cp.hash().equals(w.head)) {
                for (StoredEntry next : w.lookahead()) {
                    if (next.readable() && next.entry().sequence() == seq && next.entry().hash().equals(cp.hash())
                            && hasher.isIntact(next.entry()) && next.entry().previousHash().equals(w.beforeHead)) {
                        return fail(w, VerificationProblem.INSERTED, seq, position, location,
                                "The entry at " + location + " claims sequence " + seq
                                        + " and links to its predecessor, but the signed checkpoint for " + seq
                                        + " names the entry at " + next.location() + ": it was inserted");
                    }
                }
                return fail(w, VerificationProblem.CHECKPOINT_MISMATCH, seq, position, location,
                        "The signed checkpoint made " + cp.time() + " says entry " + seq + " has hash " + cp.hash()
                                + " but the journal's chain gives " + w.head + ": entries up to " + seq
                                + " were rewritten with recomputed hashes");
            }
            w.signedThrough = seq;
        }
        return null;
    }

    private VerificationReport classify(Walk w, StoredEntry rec, boolean intact) {
        AuditEntry e = rec.entry();
        long exp = w.expected;
        List<StoredEntry> ahead = w.lookahead();
        if (intact && w.last != null && e.sequence() == exp - 1 && e.previousHash().equals(w.beforeHead)) {
            // Two intact entries claim the same place; the genuine one is the one its successor links to.
            if (e.hash().equals(w.head)) {
                return fail(w, VerificationProblem.INSERTED, exp - 1, rec.position(), rec.location(),
                        "The entry at " + rec.location() + " is a copy of entry " + (exp - 1) + " at "
                                + w.last.location() + ": it was inserted");
            }
            boolean thisOneContinues = successorIn(ahead, e.hash(), e.sequence() + 1) >= 0;
            if (thisOneContinues) {
                return fail(w, VerificationProblem.INSERTED, exp - 1, w.last.position(), w.last.location(),
                        "The entries at " + w.last.location() + " and " + rec.location() + " both claim sequence "
                                + (exp - 1) + " after the same predecessor, and the chain continues from the second: the first was inserted");
            }
            return fail(w, VerificationProblem.INSERTED, exp - 1, rec.position(), rec.location(),
                    "The entry at " + rec.location() + " repeats sequence " + (exp - 1) + " of the entry before it: it was inserted");
        }
        if (intact && e.previousHash().equals(w.head)) {
            return fail(w, VerificationProblem.MODIFIED, exp, rec.position(), rec.location(),
                    "The entry at " + rec.location() + " links to entry " + (exp - 1) + " but carries sequence "
                            + e.sequence() + ", expected " + exp + ": its sequence was changed and its hash recomputed");
        }
        int k = successorIn(ahead, w.head, exp);
        if (k >= 0) {
            StoredEntry successor = ahead.get(k);
            if (intact && e.sequence() > exp && linkedInto(ahead, e)) {
                return fail(w, VerificationProblem.REORDERED, exp, rec.position(), rec.location(),
                        "The entry at " + rec.location() + " has sequence " + e.sequence() + " but entry " + exp
                                + " comes after it, at " + successor.location() + ": the entries are out of order");
            }
            String claims = e == null ? "cannot be read (" + rec.unreadable() + ")" : "claims sequence " + e.sequence();
            return fail(w, VerificationProblem.INSERTED, exp, rec.position(), rec.location(),
                    "The record at " + rec.location() + " " + claims + " and does not belong to the chain: entry " + exp
                            + ", which links to entry " + (exp - 1) + ", follows at " + successor.location()
                            + (k > 0 ? " after " + k + " more foreign records" : ""));
        }
        if (e == null) {
            return fail(w, VerificationProblem.MODIFIED, exp, rec.position(), rec.location(),
                    "The record at " + rec.location() + " cannot be read: " + rec.unreadable() + "; expected entry " + exp);
        }
        if (!intact) {
            return fail(w, VerificationProblem.MODIFIED, exp, rec.position(), rec.location(),
                    "The entry at " + rec.location() + " (sequence " + e.sequence() + ") no longer matches its hash "
                            + e.hash() + ": its content, previous hash or hash was changed");
        }
        if (e.sequence() > exp) {
            String missing = e.sequence() - 1 == exp ? "Entry " + exp + " is" : "Entries " + exp + " to " + (e.sequence() - 1) + " are";
            return fail(w, VerificationProblem.DELETED, exp, rec.position(), rec.location(),
                    missing + " missing: the entry at " + rec.location() + " has sequence " + e.sequence()
                            + " where " + exp + " was expected");
        }
        if (e.sequence() == exp) {
            if (w.last == null) {
                return fail(w, VerificationProblem.MODIFIED, exp, rec.position(), rec.location(),
                        "The first entry, at " + rec.location() + ", links to " + e.previousHash()
                                + ": expected the genesis hash " + AuditEntry.GENESIS_HASH);
            }
            return fail(w, VerificationProblem.MODIFIED, exp - 1, w.last.position(), w.last.location(),
                    "Entry " + (exp - 1) + " at " + w.last.location() + " hashes to " + w.head + " but entry " + exp
                            + " at " + rec.location() + " records " + e.previousHash()
                            + " as its predecessor: entry " + (exp - 1) + " was rewritten with a recomputed hash"
                            + " (or entry " + exp + "'s previous hash was)");
        }
        return fail(w, VerificationProblem.INSERTED, exp, rec.position(), rec.location(),
                "The entry at " + rec.location() + " repeats sequence " + e.sequence() + ", already passed; expected " + exp
                        + ": it was inserted");
    }

    /** Index of the first intact entry in the window with this sequence linking to this hash, or -1. */
    private int successorIn(List<StoredEntry> ahead, String previousHash, long sequence) {
        for (int i = 0; i < ahead.size(); i++) {
            AuditEntry x = ahead.get(i).entry();
            if (x != null && x.sequence() == sequence && x.previousHash().equals(previousHash) && hasher.isIntact(x)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the entry's predecessor is among the records ahead: it was moved before it. */
    private boolean linkedInto(List<StoredEntry> ahead, AuditEntry e) {
        for (StoredEntry r : ahead) {
            if (r.readable() && r.entry().hash().equals(e.previousHash()) && r.entry().sequence() == e.sequence() - 1) {
                return true;
            }
        }
        return false;
    }

    private static VerificationReport fail(Walk w, VerificationProblem problem, long sequence, long position,
            String location, String explanation) {
        return new VerificationReport(false, problem, sequence, position, location, explanation, w.accepted,
                w.expected - 1, w.signedThrough);
    }
}

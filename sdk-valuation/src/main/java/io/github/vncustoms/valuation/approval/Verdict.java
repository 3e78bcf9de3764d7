package io.github.vncustoms.valuation.approval;

/**
 * What a competent leader writes on a proposal (QĐ 2344 Art. 6.1.a.2; VAL-15): "chấp nhận" or
 * "không chấp nhận".
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict {
    /** Accepted (chấp nhận): the proposal takes effect. */
    ACCEPTED("chấp nhận"),
    /** Not accepted (không chấp nhận): the proposal is kept on record and has no effect. */
    NOT_ACCEPTED("không chấp nhận");

    private final String vietnamese;

    Verdict(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the words the leader writes.
     *
     * @return {@code "chấp nhận"} or {@code "không chấp nhận"}
     */
    public String vietnamese() {
        return vietnamese;
    }
}

package io.github.vncustoms.core.secret;

import io.github.vncustoms.core.error.IntegrityException;
import java.util.List;

/**
 * Parts supplied for recombination are wrong: corrupted, mistyped, given a wrong index, or taken
 * from another secret or another split of the same secret (VAL-21). The message says what was
 * found, naming the parts by holder and index; it never contains a part's bytes or the secret.
 *
 * <p>Immutable once thrown.
 */
public class WrongShareException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    /** Holders whose parts were singled out as wrong; empty when the wrong part could not be told. */
    private final List<String> wrongHolders;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     * @param wrongHolders the holders whose parts were singled out as wrong; empty if none could be
     */
    public WrongShareException(String message, List<String> wrongHolders) {
        super(message);
        this.wrongHolders = List.copyOf(wrongHolders);
    }

    /**
     * Returns the holders whose parts were singled out as wrong. Empty when the SDK could only tell
     * that some part is wrong, e.g. when exactly the threshold of parts was supplied: one more part
     * lets it single out the wrong one.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<String> wrongHolders() {
        return wrongHolders;
    }
}

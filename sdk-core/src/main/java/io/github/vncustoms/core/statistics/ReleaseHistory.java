package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every version of one release, oldest first: the history is append-only, so what was published
 * stays on record next to each revision and its explanation (STA-03; distorting published
 * information is forbidden, STA-08).
 *
 * <pre>{@code
 * ReleaseHistory history = publisher.history("XNK-2026-03");
 * history.current().status();              // OFFICIAL
 * history.version(1).status();             // PRELIMINARY
 * history.current().revisionExplanation(); // why it changed
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the versions 1..n in order, all of the same release
 */
public record ReleaseHistory(List<StatisticsRelease> versions) {
    /**
     * Validates and copies the versions.
     *
     * @throws ValidationException if the list is empty, the versions are not numbered 1..n, they
     *     belong to different releases (id, kind or period differ), a publication time goes
     *     backwards, or a status moves back towards forecast
     */
    public ReleaseHistory {
        versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
        if (versions.isEmpty()) {
            throw new ValidationException("versions", "A release history has no version: expected at least version 1");
        }
        StatisticsRelease first = versions.get(0);
        for (int i = 0; i < versions.size(); i++) {
            StatisticsRelease v = versions.get(i);
            if (v.version() != i + 1) {
                throw new ValidationException("versions", "Release " + first.id() + " lists version " + v.version()
                        + " in position " + (i + 1) + ": expected versions 1.." + versions.size() + " in order");
            }
            if (!v.id().equals(first.id()) || v.kind() != first.kind() || !Objects.equals(v.period(), first.period())) {
                throw new ValidationException("versions", "Version " + v.version() + " (" + v.id() + ", " + v.kind()
                        + ", " + v.period() + ") is not a version of release " + first.id() + " (" + first.kind() + ", "
                        + first.period() + "): expected the same id, kind and period in every version");
            }
            if (i > 0) {
                StatisticsRelease previous = versions.get(i - 1);
                if (v.publishedAt().isBefore(previous.publishedAt())) {
                    throw new ValidationException("versions", "Release " + first.id() + " version " + v.version()
                            + " was published at " + v.publishedAt() + ", before version " + previous.version()
                            + " at " + previous.publishedAt() + ": expected publication times in version order");
                }
                if (!previous.status().canBeRevisedTo(v.status())) {
                    throw new ValidationException("versions", "Release " + first.id() + " goes from " + previous.status()
                            + " in version " + previous.version() + " back to " + v.status() + " in version "
                            + v.version() + ": expected each status to stay or become more certain");
                }
            }
        }
    }

    /**
     * Starts a history with a first publication.
     *
     * @param first version 1
     * @return the history
     * @throws ValidationException if {@code first} is not version 1
     */
    public static ReleaseHistory of(StatisticsRelease first) {
        return new ReleaseHistory(List.of(Objects.requireNonNull(first, "first")));
    }

    /**
     * Returns the release's identifier.
     *
     * @return the id
     */
    public String id() {
        return versions.get(0).id();
    }

    /**
     * Returns the latest version.
     *
     * @return the current version
     */
    public StatisticsRelease current() {
        return versions.get(versions.size() - 1);
    }

    /**
     * Returns a version.
     *
     * @param number 1..{@code current().version()}
     * @return the version
     * @throws NotFoundException if there is no such version
     */
    public StatisticsRelease version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new NotFoundException("Release " + id() + " has no version " + number + ": expected 1 to "
                    + versions.size());
        }
        return versions.get(number - 1);
    }

    /**
     * Returns the history with one more version.
     *
     * @param next the version after {@link #current()}
     * @return a new history; this one is unchanged
     * @throws InvalidStateException if {@code next} is not the version right after the current one,
     *     e.g. because another revision was appended meanwhile
     * @throws ValidationException if {@code next} belongs to another release or goes back in time or
     *     status
     */
    public ReleaseHistory append(StatisticsRelease next) {
        Objects.requireNonNull(next, "next");
        if (next.version() != current().version() + 1) {
            throw new InvalidStateException("Release " + id() + " is at version " + current().version()
                    + " and cannot take version " + next.version() + ": expected version " + (current().version() + 1)
                    + "; reload the current version and revise that");
        }
        List<StatisticsRelease> longer = new ArrayList<>(versions);
        longer.add(next);
        return new ReleaseHistory(longer);
    }
}

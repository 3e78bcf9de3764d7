package io.github.vncustoms.core.statistics.spi;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.internal.statistics.InMemoryForecastStore;
import io.github.vncustoms.core.statistics.ForecastEstimate;
import io.github.vncustoms.core.statistics.ForecastRound;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps forecast rounds and every estimate submitted to them, append-only (STA-06). Integrators
 * implement it over their database; {@link #inMemory()} is the embedded default.
 *
 * <p>Two tables serve it: rounds, and estimates with a unique key on {@code (round_id,
 * indicator_code, organisation_code, revision)} so that two racing resubmissions cannot both win.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ForecastStore {
    /**
     * The order of {@link #rounds} results: latest opening first, then by id
     * ({@code ORDER BY opens_at DESC, id ASC}).
     */
    Comparator<ForecastRound> ROUND_ORDER = Comparator.comparing(ForecastRound::opensAt).reversed()
            .thenComparing(ForecastRound::id);

    /**
     * Returns a new, empty, thread-safe store that keeps everything in memory.
     *
     * @return the store
     */
    static ForecastStore inMemory() {
        return new InMemoryForecastStore();
    }

    /**
     * Stores a new round.
     *
     * @param round the round
     * @throws InvalidStateException if a round with that id exists
     */
    void create(ForecastRound round);

    /**
     * Finds a round.
     *
     * @param roundId the round's identifier
     * @return the round as last stored, or empty if none has that id
     */
    Optional<ForecastRound> find(String roundId);

    /**
     * Records that a round closed before its deadline, atomically with respect to {@link #append}.
     *
     * @param roundId the round's identifier
     * @param at when it closed
     * @return the round with {@link ForecastRound#closedEarlyAt()} set
     * @throws NotFoundException if no round has that id
     * @throws InvalidStateException if the round is already closed at {@code at}
     */
    ForecastRound close(String roundId, Instant at);

    /**
     * Appends estimates of one round atomically: all or none. Each must be the next revision of its
     * organisation's estimate of its indicator (1 if there is none yet).
     *
     * @param estimates the estimates, all of the same round
     * @throws NotFoundException if the round does not exist
     * @throws InvalidStateException if the round was closed early at or before an estimate's time, or
     *     a revision is not the next one (a concurrent resubmission won)
     */
    void append(List<ForecastEstimate> estimates);

    /**
     * Returns every estimate recorded in a round, resubmissions included, in the order recorded.
     *
     * @param roundId the round's identifier
     * @return the estimates; empty for an unknown round or one without estimates
     */
    List<ForecastEstimate> estimates(String roundId);

    /**
     * Lists rounds in {@link #ROUND_ORDER}.
     *
     * @param page which slice
     * @return the page
     */
    Page<ForecastRound> rounds(PageRequest page);
}

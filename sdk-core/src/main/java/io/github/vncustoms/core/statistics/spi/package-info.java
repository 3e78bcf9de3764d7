/**
 * Extension points of the statistics area: {@link io.github.vncustoms.core.statistics.spi.ReleaseStore},
 * which keeps the versions of published releases, and
 * {@link io.github.vncustoms.core.statistics.spi.ForecastStore}, which keeps forecast rounds and the
 * estimates submitted to them (STA-03, STA-06).
 *
 * <p>Both come with an in-memory implementation ({@code ReleaseStore.inMemory()},
 * {@code ForecastStore.inMemory()}) that the services use when none is given. A deployment
 * implements them over its database: every method maps to one statement or one transaction, and
 * the queries filter by period, status, kind and time range, and page with offset and limit.
 *
 * <pre>{@code
 * StatisticsPublisher publisher = StatisticsPublisher.builder()
 *         .store(new JdbcReleaseStore(dataSource))      // the integrator's implementation
 *         .build();
 * }</pre>
 */
package io.github.vncustoms.core.statistics.spi;

/**
 * Astronomy behind {@code io.github.vncustoms.core.time}: new moons, the apparent longitude of the
 * Sun, the difference between terrestrial and universal time, and the lunisolar month layout built
 * from them. Not API: may change in any release.
 */
package io.github.vncustoms.core.internal.time;

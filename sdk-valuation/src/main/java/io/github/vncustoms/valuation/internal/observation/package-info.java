/**
 * Internals of the valuation database's records area (not API; may change without notice): access
 * checks shared by the database and the same-day duty check (VAL-20), completion of observation
 * drafts, per-id locks, and the JSON Lines form of observations in backups (VAL-22).
 */
package io.github.vncustoms.valuation.internal.observation;

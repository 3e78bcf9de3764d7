/**
 * Implementation details shared by proposals, the risk list and revisions (VAL-11..14): the checks
 * of who may propose, decide and read, the texts of the revision forms, and small text helpers.
 * Not API; may change without notice.
 */
package io.github.vncustoms.valuation.internal.risklist;

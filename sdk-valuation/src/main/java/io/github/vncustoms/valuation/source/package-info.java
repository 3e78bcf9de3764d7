/**
 * The sources of the customs valuation database (QĐ 2344 Art. 2; VAL-02): declaration files, the
 * risk list, compliance history, and the other sources a–g, with which need a leader's acceptance
 * (VAL-15..17) and which carry the same-day entry duty (VAL-18).
 */
package io.github.vncustoms.valuation.source;

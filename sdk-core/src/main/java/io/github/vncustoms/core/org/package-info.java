/**
 * The customs organisation: units in levels, per era, and the directory that answers "is X within
 * Y" for access scopes (MON-T-05, ACC-01) and routing (MON-T-07).
 *
 * <p>The levels are data ({@link io.github.vncustoms.core.org.OrgEra}), so both the structure the
 * regulations were written for and the 2025 structure load:
 *
 * <pre>{@code
 * UnitDirectory old = UnitDirectories.sample();                  // Tổng cục / Cục / Chi cục
 * UnitDirectory now = UnitDirectories.regionalBranches2025();    // Cục Hải quan / 20 Chi cục khu vực
 * boolean inHanoi = old.isWithin("01AB", "HQ01");
 * LegacyOfficeCode code = LegacyOfficeCode.parse("01b1");        // legacy 4-character office codes
 * }</pre>
 */
package io.github.vncustoms.core.org;

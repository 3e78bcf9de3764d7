/**
 * The shared foundation of the vncustoms SDK.
 *
 * <p>Areas, one package each: {@code org} (customs units in three levels, per era),
 * {@code system} (the business systems the regulations name), {@code id} (tax codes, container
 * numbers, HS codes, declarations, plates), {@code text} (Vietnamese Unicode per TCVN 6909,
 * legacy encodings, sort order, STA-04), {@code time} (the Vietnamese lunar calendar, public
 * holidays and working days), {@code money}, {@code json}, {@code validation} and {@code error}.
 */
package io.github.vncustoms.core;

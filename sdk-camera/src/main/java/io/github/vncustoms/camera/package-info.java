/**
 * Camera supervision of export-processing enterprises (QĐ 247/QĐ-TCHQ 2022).
 *
 * <p>This module will hold the enterprise site plan and its cameras, placement and connection
 * rules, the minimum technical standard and its applicability, ONVIF probing of what a camera
 * really offers, recording and retention checks, incidents with working-day deadlines and notices,
 * monthly supervision plans, and cross-checks of gate events against declarations, warehouse slips
 * and GPS journeys (CAM requirements).
 *
 * <p>It depends on {@code sdk-core} only, never on {@code sdk-monitoring} or {@code sdk-valuation}.
 */
package io.github.vncustoms.camera;

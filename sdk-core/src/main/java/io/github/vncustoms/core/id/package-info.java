/**
 * Customs identifiers: tax codes, ISO 6346 container numbers, HS codes, VNACCS declaration
 * numbers and vehicle plates.
 *
 * <p>Each identifier is an immutable record holding its canonical string, with the same shape:
 * {@code parse(String)} reads every accepted form (ignoring case, whitespace and the separators
 * people write) and throws a {@link io.github.vncustoms.core.error.ValidationException} that says
 * what was wrong and what was expected; {@code isValid(String)} answers the same question without
 * throwing; {@code value()} and {@code toString()} give the canonical form, which is also the JSON
 * form.
 *
 * <pre>{@code
 * TaxCode importer = TaxCode.parse("0100109106-001");          // BRANCH of 0100109106
 * ContainerNumber box = ContainerNumber.parse("csqu 305438 3"); // CSQU3054383
 * HsCode goods = HsCode.parse("8471.30.20");                   // 84713020, NATIONAL_LINE
 * DeclarationNumber declaration = DeclarationNumber.parse("103456789010");
 * VehiclePlate truck = VehiclePlate.parse("51C-123.45");
 *
 * if (!ContainerNumber.isValid(input)) { ... }
 * }</pre>
 *
 * <p>The matching Jakarta Validation constraints ({@code @TaxCode}, {@code @ContainerNumber},
 * ...) are in {@code io.github.vncustoms.core.validation}. Identifiers are used across the
 * requirements wherever declarations, enterprises, containers and vehicles are named, e.g. the
 * gate cross-checks of CAM-02, CAM-11 and CAM-17 and the notice fields of CAM-14.
 */
package io.github.vncustoms.core.id;

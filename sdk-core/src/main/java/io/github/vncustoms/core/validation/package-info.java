/**
 * Jakarta Validation for customs data: the SDK's shared validator and a constraint annotation for
 * each customs identifier ({@code @TaxCode}, {@code @ContainerNumber}, {@code @HsCode},
 * {@code @DeclarationNumber}, {@code @VehiclePlate}).
 *
 * <p>Each constraint accepts exactly what the matching {@code parse} method of
 * {@code io.github.vncustoms.core.id} accepts; {@code null} is valid (combine with
 * {@code @NotNull}), as Jakarta Validation recommends. {@code @TaxCode(kinds = ...)} and
 * {@code @HsCode(levels = ...)} narrow what is accepted, e.g. to the eight-digit national lines a
 * declaration needs. The default messages say what was expected; the parsers' exceptions say
 * precisely what was wrong:
 *
 * <pre>{@code
 * record DeclaredGoods(@TaxCode(kinds = {TaxCodeKind.ENTERPRISE, TaxCodeKind.BRANCH}) String importer,
 *                      @HsCode(levels = HsCodeLevel.NATIONAL_LINE) String hsCode,
 *                      List<@ContainerNumber String> containers) {}
 * CustomsValidation.requireValid(goods);
 * }</pre>
 *
 * <p>The validators behind the annotations live in
 * {@code io.github.vncustoms.core.internal.validation} and are not API.
 */
package io.github.vncustoms.core.validation;

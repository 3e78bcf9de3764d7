/**
 * Jakarta Validation for customs data: the SDK's shared validator and a constraint annotation for
 * each customs identifier ({@code @TaxCode}, {@code @ContainerNumber}, {@code @HsCode},
 * {@code @DeclarationNumber}, {@code @VehiclePlate}).
 *
 * <p>Each constraint accepts exactly what the matching {@code parse} method of
 * {@code io.github.vncustoms.core.id} accepts; {@code null} is valid (combine with
 * {@code @NotNull}), as Jakarta Validation recommends.
 */
package io.github.vncustoms.core.validation;

/**
 * The customs business systems the regulations name, as values.
 *
 * <p>{@link io.github.vncustoms.core.system.BusinessSystems} holds the systems named by QĐ 3035/QĐ-TCHQ
 * Art. 3 (SLXNK, GTT22, QLRR, VICUM, KT559, customs electronic data processing; MON-T-05, MON-S-01),
 * by QĐ 1253/QĐ-TCHQ Art. 3 (VNACCS/VCIS, E-Customs, KTT, GTT, Riskman, National Single Window;
 * HD-02), by QĐ 1991/QĐ-TCHQ (the IMTS statistics system; STA-01), by QĐ 2344/QĐ-TCHQ (the valuation
 * database; VAL-01) and by QĐ 247/QĐ-TCHQ (camera supervision; CAM). A
 * {@link io.github.vncustoms.core.system.BusinessSystemRegistry} starts with them and takes an
 * integrator's own:
 *
 * <pre>{@code
 * BusinessSystemRegistry systems = BusinessSystemRegistry.builder()
 *         .add(BusinessSystem.of("EMANIFEST", "Hệ thống bản khai điện tử", "Electronic manifest system"))
 *         .build();
 * BusinessSystem slxnk = systems.get("slxnk");   // codes are case-insensitive
 * }</pre>
 */
package io.github.vncustoms.core.system;

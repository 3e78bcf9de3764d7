package io.github.vncustoms.core.system;

import java.util.List;

/**
 * The business systems named by the five customs regulations, as constants.
 *
 * <p>Immutable. Use {@link BusinessSystemRegistry#defaultRegistry()} to look them up by code.
 */
public final class BusinessSystems {
    private static final String QD3035 = "QĐ 3035/QĐ-TCHQ (2010) Art. 3";
    private static final String QD1253 = "QĐ 1253/QĐ-TCHQ (2014) Art. 3";

    /** Customs declaration information system (MON-T-05, Art. 7). */
    public static final BusinessSystem SLXNK = new BusinessSystem("SLXNK",
            "Hệ thống quản lý thông tin tờ khai Hải quan", "Customs declaration information system", QD3035);
    /** Import/export goods price (dutiable value) system (Art. 8). */
    public static final BusinessSystem GTT22 = new BusinessSystem("GTT22",
            "Hệ thống quản lý giá hàng hóa xuất khẩu, nhập khẩu", "Import/export goods price system", QD3035);
    /** Risk management system (Art. 9). */
    public static final BusinessSystem QLRR = new BusinessSystem("QLRR",
            "Hệ thống quản lý rủi ro", "Risk management system", QD3035);
    /** Violations management system (Art. 10). */
    public static final BusinessSystem VICUM = new BusinessSystem("VICUM",
            "Hệ thống quản lý vi phạm", "Violations management system", QD3035);
    /** Import/export tax accounting system; its tax-debt declarations list is monitored (Art. 11). */
    public static final BusinessSystem KT559 = new BusinessSystem("KT559",
            "Hệ thống thông tin kế toán thuế xuất khẩu, thuế nhập khẩu", "Import/export tax accounting system", QD3035);
    /** Customs electronic data processing system (MON-S-01). */
    public static final BusinessSystem E_CUSTOMS_DATA_PROCESSING = new BusinessSystem("XLDLDT",
            "Hệ thống xử lý dữ liệu điện tử hải quan", "Customs electronic data processing system", QD3035);
    /** Vietnam Automated Cargo Clearance System and Customs Intelligent Database System (HD-02). */
    public static final BusinessSystem VNACCS_VCIS = new BusinessSystem("VNACCS/VCIS",
            "Hệ thống thông quan hàng hóa tự động và cơ sở dữ liệu thông tin tình báo",
            "Vietnam Automated Cargo Clearance System / Customs Intelligent Database System", QD1253);
    /** Electronic customs clearance (HD-02). */
    public static final BusinessSystem E_CUSTOMS = new BusinessSystem("E-CUSTOMS",
            "Thông quan điện tử", "Electronic customs clearance (E-Customs)", QD1253);
    /** Import/export tax accounting, as connected to VNACCS/VCIS (HD-02). */
    public static final BusinessSystem KTT = new BusinessSystem("KTT",
            "Kế toán thuế xuất nhập khẩu", "Import/export tax accounting", QD1253);
    /** Dutiable value, as connected to VNACCS/VCIS (HD-02). */
    public static final BusinessSystem GTT = new BusinessSystem("GTT",
            "Giá tính thuế", "Dutiable value", QD1253);
    /** Risk management, as connected to VNACCS/VCIS (HD-02). */
    public static final BusinessSystem RISKMAN = new BusinessSystem("RISKMAN",
            "Quản lý rủi ro", "Risk management (Riskman)", QD1253);
    /** The customs functions of the National Single Window (HD-02). */
    public static final BusinessSystem NATIONAL_SINGLE_WINDOW = new BusinessSystem("NSW",
            "Hệ thống một cửa quốc gia", "National Single Window", QD1253);
    /** Import/export goods statistics information system (STA-01). */
    public static final BusinessSystem IMTS = new BusinessSystem("IMTS",
            "Hệ thống thông tin về hàng hóa xuất khẩu, nhập khẩu", "Import/export goods statistics information system",
            "QĐ 1991/QĐ-TCHQ (2010) Art. 3");
    /** Customs valuation database (VAL-01). */
    public static final BusinessSystem VALUATION_DATABASE = new BusinessSystem("CSDLTG",
            "Cơ sở dữ liệu trị giá hải quan", "Customs valuation database", "QĐ 2344/QĐ-TCHQ (2015) Art. 1");
    /** Camera supervision of export-processing enterprises (CAM). */
    public static final BusinessSystem CAMERA_SUPERVISION = new BusinessSystem("CAMERA-DNCX",
            "Hệ thống ca-mê-ra giám sát của doanh nghiệp chế xuất",
            "Camera supervision of export-processing enterprises", "QĐ 247/QĐ-TCHQ (2022)");

    private static final List<BusinessSystem> ALL = List.of(SLXNK, GTT22, QLRR, VICUM, KT559,
            E_CUSTOMS_DATA_PROCESSING, VNACCS_VCIS, E_CUSTOMS, KTT, GTT, RISKMAN, NATIONAL_SINGLE_WINDOW, IMTS,
            VALUATION_DATABASE, CAMERA_SUPERVISION);

    private BusinessSystems() {}

    /**
     * Returns every system the regulations name, in the order above.
     *
     * @return an unmodifiable list
     */
    public static List<BusinessSystem> all() {
        return ALL;
    }
}

package io.github.vncustoms.valuation.goods;

/**
 * A detail that tells one item of goods from another (QĐ 2344 Art. 4.2.b, Art. 5.1.b.1.2; VAL-03,
 * VAL-04). Which of them an item needs depends on the goods: a car needs its model and year, a
 * chemical its composition and content.
 *
 * <p>Immutable and thread-safe.
 */
public enum GoodsAttribute {
    /** Manufacturer (nhà sản xuất). */
    MANUFACTURER("nhà sản xuất"),
    /** Code or mark (ký mã hiệu). */
    CODE_MARK("ký mã hiệu"),
    /** Model (model). */
    MODEL("model"),
    /** Type or variant (chủng loại, mẫu mã). */
    TYPE("chủng loại"),
    /** Year of manufacture (năm sản xuất), four digits. */
    YEAR_OF_MANUFACTURE("năm sản xuất"),
    /** Material (nguyên liệu). */
    MATERIAL("nguyên liệu"),
    /** Composition (thành phần). */
    COMPOSITION("thành phần"),
    /** Content or grade, e.g. a percentage of an ingredient (hàm lượng). */
    CONTENT("hàm lượng"),
    /** Brand (nhãn mác). */
    BRAND("nhãn mác"),
    /** Use (công dụng). */
    USE("công dụng"),
    /** Features and further specifications (tính năng, thông số kỹ thuật). */
    SPECIFICATIONS("tính năng, thông số");

    private final String vietnamese;

    GoodsAttribute(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the attribute's name in the regulation's words.
     *
     * @return the Vietnamese name, e.g. {@code "nhà sản xuất"}
     */
    public String vietnamese() {
        return vietnamese;
    }
}

/**
 * Vietnamese text: Unicode per TCVN 6909:2001, legacy encodings, search folding and sort order
 * (requirement STA-04, "Text is Vietnamese with diacritics in Unicode per TCVN 6909:2001").
 *
 * <p>TCVN 6909:2001 is the Vietnamese national standard for the 16-bit Unicode character set; it
 * writes every Vietnamese letter precomposed, which is Unicode NFC. This package:
 * <ul>
 *   <li>normalises to NFC and checks text, reporting each problem with its position
 *       ({@link io.github.vncustoms.core.text.VietnameseText}, {@link io.github.vncustoms.core.text.TextReport});</li>
 *   <li>folds diacritics for search, so {@code "Hải Quan"} matches {@code "hai quan"};</li>
 *   <li>reads and writes the legacy encodings TCVN3 (ABC), VNI and windows-1258, from bytes or
 *       from <em>font text</em> (legacy bytes shown as windows-1252), and detects which one an
 *       input is in ({@link io.github.vncustoms.core.text.VietnameseEncoding},
 *       {@link io.github.vncustoms.core.text.VietnameseEncodingDetector});</li>
 *   <li>sorts in Vietnamese alphabetical order, and names by given name
 *       ({@link io.github.vncustoms.core.text.VietnameseCollator},
 *       {@link io.github.vncustoms.core.text.VietnameseNameOrder}).</li>
 * </ul>
 *
 * <pre>{@code
 * // Text copied out of an old Excel sheet set in a VNI font:
 * EncodingDetection found = VietnameseEncodingDetector.detectFontText("Nguyeãn Vaên An");
 * String name = found.text();                            // "Nguyễn Văn An"
 *
 * TextReport report = VietnameseText.check(name);
 * if (!report.isWellFormed()) {
 *     report.problems().forEach(p -> log(p.index(), p.explanation()));
 * }
 * String key = VietnameseText.searchKey(name);           // "nguyen van an"
 * officers.sort(VietnameseNameOrder.givenNameFirst());
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; none holds mutable state.
 */
package io.github.vncustoms.core.text;

package io.github.vncustoms.monitoring.report;

import static io.github.vncustoms.monitoring.report.KnownDay.EVIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Annex I page for the day built by hand (MON-T-02, MON-T-03, MON-T-04). */
final class AnnexOneHtmlTest {
    private static final String TITLE =
            "Phụ lục I – Các tiêu chí giám sát truyền, nhận và cập nhật tại 03 cấp Tổng cục, Cục và Chi cục";

    private final AnnexOneReport report = KnownDay.report();
    private final String page = AnnexOneHtml.create().render(report);

    /** Parses the page as XML: fails if any element is unclosed or any character unescaped. */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new AssertionError("The page is not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> select(Document doc, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String cell(Element row, int index) {
        List<Element> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("td")) {
                cells.add(e);
            }
        }
        return cells.get(index).getTextContent();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("MON-T-02, MON-T-03: the page is Vietnamese, names the Annex, and heads its tables with the Annex's exact criteria")
    void page_namesTheAnnex_andHasTheExactVietnameseHeadings() {
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        assertThat(page).contains("<h1>" + TITLE + "</h1>", "<h2>1. Thông tin chung</h2>", "<h2>2. Thông tin nhận file</h2>");
        for (String heading : List.of("Đơn vị kết xuất", "Ngày kết xuất", "Thời gian kết xuất", "Số file kết xuất tự động",
                "Số file kết xuất theo điều kiện", "Tổng File được kết xuất", "Tổng dung lượng các file kết xuất",
                "Đơn vị nhận", "Tổng số file nhận", "Tổng dung lượng các file nhận", "Tổng dung lượng cập nhật",
                "Lỗi khi cập nhật", "Cục Hải quan nhận dữ liệu", "Thời gian bắt đầu nhận", "Thời gian kết thúc nhận",
                "Tên file nhận", "Dung lượng file nhận", "Thời gian bắt đầu cập nhật", "Thời gian kết thúc cập nhật",
                "Tên file cập nhật", "Dung lượng file cập nhật", "Phiên bản cập nhật", "Lỗi cập nhật")) {
            assertThat(page).contains("<th>" + heading + "</th>");
        }
        Document doc = parse(page);
        List<String> general = select(doc, "//table[contains(@class,'general')]/thead/tr[2]/th").stream()
                .map(Element::getTextContent).toList();
        assertThat(general).hasSize(12).startsWith("Đơn vị kết xuất").endsWith("Lỗi khi cập nhật");
        List<String> stt = select(doc, "//table[contains(@class,'general')]/thead/tr[1]/th[@class='stt']").stream()
                .map(Element::getTextContent).toList();
        assertThat(stt).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> receiptStt = select(doc, "//table[contains(@class,'receipts')]/thead/tr[1]/th[@class='stt']")
                .stream().map(Element::getTextContent).toList();
        assertThat(receiptStt).hasSize(11).last().isEqualTo("11");
        assertThat(select(doc, "//table[contains(@class,'receipts')]/thead/tr[2]/th").get(0).getTextContent())
                .isEqualTo("Cục Hải quan nhận dữ liệu");
    }

    @Test
    @DisplayName("MON-T-04: exactly the rows with a discrepancy carry the class and the visible marker")
    void rowsWithDiscrepancies_areMarked_andNoOthers() {
        Document doc = parse(page);
        List<Element> general = select(doc, "//table[contains(@class,'general')]/tbody/tr");
        assertThat(general).hasSize(3);
        assertThat(general.stream().filter(r -> r.getAttribute("class").equals("discrepancy")).map(r -> cell(r, 1)))
                .containsExactly(KnownDay.RUN_A, KnownDay.RUN_B);
        assertThat(cell(general.get(0), 14)).startsWith("⚠").contains("Nhận trùng file");
        assertThat(cell(general.get(2), 14)).isEmpty();

        List<Element> receipts = select(doc, "//table[contains(@class,'receipts')]/tbody/tr");
        assertThat(receipts).hasSize(8);
        List<String> marked = receipts.stream().filter(r -> r.getAttribute("class").equals("discrepancy"))
                .map(r -> cell(r, 4) + " " + cell(r, 6)).toList();
        assertThat(marked).containsExactly("20/11/2026 09:31:10 " + KnownDay.A2, "20/11/2026 09:40:00 " + KnownDay.A2,
                "20/11/2026 10:01:05 " + EVIL);
        assertThat(receipts).filteredOn(r -> cell(r, 14).startsWith("⚠")).hasSize(3);
        assertThat(count(page, "<tr class=\"discrepancy\">")).isEqualTo(5);
    }

    @Test
    @DisplayName("MON-T-02: sizes are exact bytes with the Vietnamese thousands separator, dates as dd/MM/yyyy")
    void figures_areExactBytes_withVietnameseGrouping() {
        Document doc = parse(page);
        Element runA = select(doc, "//table[contains(@class,'general')]/tbody/tr").get(0);
        assertThat(cell(runA, 2)).isEqualTo("01AB – CC HQ CK Sân bay QT Nội Bài");
        assertThat(cell(runA, 3)).isEqualTo("20/11/2026");
        assertThat(cell(runA, 4)).isEqualTo("09:30:00");
        assertThat(cell(runA, 8)).isEqualTo("51.737");
        Element totals = select(doc, "//table[contains(@class,'general')]/tfoot/tr[@class='totals']").get(0);
        assertThat(cell(totals, 0)).isEqualTo("Tổng cộng");
        assertThat(cell(totals, 8)).isEqualTo("127.514");
        assertThat(cell(totals, 11)).isEqualTo("125.014");
        assertThat(cell(totals, 12)).isEqualTo("124.237");
        assertThat(cell(totals, 13)).isEqualTo("1");
    }

    @Test
    @DisplayName("MON-T-04: the discrepancy table lists kind in Vietnamese, requirement, system, units, run, file, expected and actual")
    void discrepancyTable_listsTheDaysDiscrepancies() {
        Document doc = parse(page);
        List<Element> rows = select(doc, "//table[contains(@class,'discrepancies')]/tbody/tr");
        assertThat(rows).hasSize(5);
        Element failed = rows.get(1);
        assertThat(cell(failed, 0)).isEqualTo("2");
        assertThat(cell(failed, 1)).isEqualTo("Lỗi cập nhật");
        assertThat(cell(failed, 2)).isEqualTo("MON-T-04");
        assertThat(cell(failed, 3)).isEqualTo("SLXNK");
        assertThat(cell(failed, 4)).isEqualTo("01DD – Chi cục Hải quan Chuyển phát nhanh");
        assertThat(cell(failed, 5)).isEqualTo("HQ01 – Cục Hải quan TP Hà Nội");
        assertThat(cell(failed, 6)).isEqualTo(KnownDay.RUN_B);
        assertThat(cell(failed, 7)).isEqualTo(EVIL);
        assertThat(cell(failed, 8)).isEqualTo("applied without error");
        assertThat(cell(failed, 9)).isEqualTo(KnownDay.UPDATE_ERROR);
        assertThat(cell(failed, 10)).isEqualTo("20/11/2026 10:02:11");
    }

    @Test
    @DisplayName("MON-T-03: a hostile file name and update error are escaped; the page has no script and no external resource")
    void dataIsEscaped_andThePageIsSelfContained() {
        assertThat(page).doesNotContain("<script", "</script>", "<ToKhai>", "src=", "href=", "url(", "@import", "http");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;");
        Document doc = parse(page);
        List<Element> receipts = select(doc, "//table[contains(@class,'receipts')]/tbody/tr");
        assertThat(cell(receipts.get(5), 6)).isEqualTo(EVIL);
        assertThat(cell(receipts.get(5), 10)).isEqualTo(EVIL);
        assertThat(cell(receipts.get(5), 13)).isEqualTo(KnownDay.UPDATE_ERROR);
        assertThat(select(doc, "//script")).isEmpty();
        assertThat(select(doc, "//style")).hasSize(1);
    }

    @Test
    @DisplayName("MON-T-02: the page is balanced: every table, row and cell opened is closed")
    void page_isBalanced() {
        for (String tag : List.of("table", "thead", "tbody", "tfoot", "tr", "th", "td", "h1", "h2", "p")) {
            assertThat(count(page, "<" + tag + ">") + count(page, "<" + tag + " ")).as(tag)
                    .isEqualTo(count(page, "</" + tag + ">"));
        }
        assertThat(count(page, "<table ")).isEqualTo(3);
        parse(page);
    }

    @Test
    @DisplayName("MON-T-02, MON-T-03: the English page has English headings, lang=en and English grouping")
    void englishPage_hasEnglishHeadings() {
        String english = AnnexOneHtml.builder().language(ReportLanguage.ENGLISH).build().render(report);
        assertThat(english).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(english).contains("<h2>1. General information</h2>", "<th>Exporting unit</th>",
                "<th>Total size of files received</th>", "<th>Customs department receiving the data</th>",
                "<th>Update error</th>", "Annex I", "51,737", "2026-11-20", "Duplicate delivery");
        assertThat(english).doesNotContain("Đơn vị kết xuất", "Thông tin chung");
        assertThat(select(parse(english), "//tr[@class='discrepancy']")).hasSize(5);
    }

    @Test
    @DisplayName("MON-T-02: an empty day renders both tables with a 'no data' row and says there is no discrepancy")
    void emptyReport_rendersEmptyTables() {
        AnnexOneReport empty = AnnexOneReport.builder().period(ReportPeriod.of(KnownDay.DAY, KnownDay.DAY.plusDays(6)))
                .directory(KnownDay.DIRECTORY).build();
        String html = AnnexOneHtml.create().render(empty);
        Document doc = parse(html);
        assertThat(select(doc, "//td[@class='empty']")).hasSize(2);
        assertThat(html).contains("Không có sai lệch.", "20/11/2026 – 26/11/2026");
        assertThat(select(doc, "//tr[@class='totals']/td").get(5).getTextContent()).isEqualTo("0");
    }
}

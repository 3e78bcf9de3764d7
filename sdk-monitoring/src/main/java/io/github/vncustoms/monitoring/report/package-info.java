/**
 * The Annex I reports of QĐ 3035/QĐ-TCHQ (Phụ lục I, "Các tiêu chí giám sát truyền, nhận và cập
 * nhật tại 03 cấp Tổng cục, Cục và Chi cục") as objects, CSV and a self-contained HTML page:
 * part 1, general information per export run (MON-T-02, {@link
 * io.github.vncustoms.monitoring.report.GeneralInfoRow}); part 2, receipt information per file
 * received (MON-T-03, {@link io.github.vncustoms.monitoring.report.ReceiptInfoRow}); with the
 * discrepancies reconciliation found (MON-T-04) marking the rows they concern.
 *
 * <pre>{@code
 * AnnexOneReport report = AnnexOneReport.builder()
 *         .period(LocalDate.of(2026, 11, 20))
 *         .directory(UnitDirectories.sample())
 *         .runs(summaries)
 *         .events(events)
 *         .discrepancies(discrepancies)
 *         .build();
 * String page = AnnexOneHtml.create().render(report);              // Vietnamese
 * AnnexOneCsv.builder().language(ReportLanguage.ENGLISH).build()
 *         .writeGeneral(report, writer);                            // English CSV, part 1
 * }</pre>
 *
 * <p>Text is Vietnamese by default with English available ({@link
 * io.github.vncustoms.monitoring.report.ReportLanguage}); the Vietnamese headings are the Annex's
 * criteria word for word. Every day and time is in Vietnam (Asia/Ho_Chi_Minh).
 */
package io.github.vncustoms.monitoring.report;

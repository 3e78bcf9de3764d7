package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.SurveySheet;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goods, observations and approvals for the reference-price rule tests. */
final class RulesFixtures {
    static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 17);
    static final Instant ENTERED = Instant.parse("2026-11-17T03:00:00Z");

    /** A phone specific enough for a reference price (VAL-04). */
    static final GoodsDescriptor PHONE = phone("SM-S928B");
    /** The same phone of another model: similar goods. */
    static final GoodsDescriptor OTHER_MODEL = phone("SM-S921B");
    /** Other goods under the same HS code: not comparable. */
    static final GoodsDescriptor TABLET = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Máy tính bảng có chức năng gọi")
            .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics").with(GoodsAttribute.MODEL, "SM-X910").build();
    /** A bicycle kit. */
    static final GoodsDescriptor BICYCLE_KIT = GoodsDescriptor.builder(HsCode.parse("8712.00.30"), "Bộ linh kiện xe đạp đồng bộ")
            .with(GoodsAttribute.MANUFACTURER, "Giant").with(GoodsAttribute.MODEL, "ATX 27.5")
            .with(GoodsAttribute.YEAR_OF_MANUFACTURE, "2026").build();
    static final GoodsDescriptor FRAME = GoodsDescriptor.builder(HsCode.parse("8714.91.10"), "Khung xe đạp")
            .with(GoodsAttribute.MANUFACTURER, "Giant").with(GoodsAttribute.MODEL, "ATX 27.5 frame").build();
    static final GoodsDescriptor WHEEL = GoodsDescriptor.builder(HsCode.parse("8714.92.10"), "Vành xe đạp")
            .with(GoodsAttribute.MANUFACTURER, "Giant").with(GoodsAttribute.MODEL, "27.5 rim").build();

    private RulesFixtures() {
    }

    static GoodsDescriptor phone(String model) {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics")
                .with(GoodsAttribute.MODEL, model)
                .build();
    }

    /** A declaration-file observation (no approval needed). */
    static PriceObservation declared(String id, GoodsDescriptor goods, PriceSource source, Money price, LocalDate priceDate) {
        return base(id, goods, source, price, priceDate).commercialLevel(CommercialLevel.IMPORT).build();
    }

    static PriceObservation accepted(String id, GoodsDescriptor goods, Money price, LocalDate priceDate) {
        return declared(id, goods, PriceSource.ACCEPTED_DECLARED_VALUE, price, priceDate);
    }

    static PriceObservation suspicious(String id, GoodsDescriptor goods, Money price, LocalDate priceDate) {
        return base(id, goods, PriceSource.ACCEPTED_DECLARED_VALUE, price, priceDate).commercialLevel(CommercialLevel.IMPORT)
                .suspicious(true).build();
    }

    /** An observation of another source with a pending proposal. */
    static PriceObservation pending(String id, GoodsDescriptor goods, PriceSource source, Money price, CommercialLevel level) {
        PriceObservation.Builder b = base(id, goods, source, price, BUILD_DATE.minusDays(10)).commercialLevel(level)
                .approval(ApprovalTrail.pending(submission()));
        if (source.needsSurveySheet()) {
            b.survey(sheet(price, level));
        }
        return b.build();
    }

    /** An observation of another source that a leader accepted. */
    static PriceObservation acceptedBy(String leader, String id, GoodsDescriptor goods, PriceSource source, Money price,
            CommercialLevel level) {
        return pending(id, goods, source, price, level).withDecision(decision(leader, Verdict.ACCEPTED));
    }

    static PriceObservation notAccepted(String id, GoodsDescriptor goods, PriceSource source, Money price, CommercialLevel level) {
        return pending(id, goods, source, price, level).withDecision(decision("truong.phong", Verdict.NOT_ACCEPTED));
    }

    static PriceObservation internetOffer(String id, Money price) {
        return acceptedBy("truong.phong", id, PHONE, PriceSource.INTERNET_OFFER, price, CommercialLevel.EXPORT_DEALER)
                .toBuilder().originCountry("KR").reference("https://dealer.example.kr/sm-s928b").build();
    }

    static PriceObservation domestic(String id, Money price, CommercialLevel level) {
        return acceptedBy("truong.phong", id, PHONE, PriceSource.DOMESTIC_MARKET_SURVEY, price, level);
    }

    static Submission submission() {
        return new Submission("lan.nt", "01AB", "Giá chào bán của đại lý chính hãng, trang web tin cậy",
                List.of("bản in trang web ngày 06/11/2026"), Instant.parse("2026-11-07T02:00:00Z"));
    }

    static LeaderDecision decision(String leader, Verdict verdict) {
        return new LeaderDecision(leader, "01AB", verdict, "", Instant.parse("2026-11-08T02:00:00Z"));
    }

    static SurveySheet sheet(Money price, CommercialLevel level) {
        return new SurveySheet(List.of("Nguyễn Thị Lan", "Trần Văn Hùng"), "123 Lê Lợi, Quận 1, TP.HCM",
                Instant.parse("2026-11-06T03:00:00Z"), "Điện thoại di động Samsung SM-S928B 512GB", price, UnitOfMeasure.PIECE,
                level, "");
    }

    private static PriceObservation.Builder base(String id, GoodsDescriptor goods, PriceSource source, Money price,
            LocalDate priceDate) {
        return PriceObservation.builder().id(id).goods(goods).source(source).unitPrice(price).unit(UnitOfMeasure.PIECE)
                .priceDate(priceDate).determinedOn(priceDate)
                .enteredAt(priceDate.isAfter(BUILD_DATE)
                        ? priceDate.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM_ZONE).toInstant() : ENTERED)
                .enteringUnit("01AB").enteringOfficer("lan.nt");
    }
}

package io.github.vncustoms.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Shared samples and generators for the STA-04 text tests: every Vietnamese letter in every tone,
 * built from Unicode combining marks (not from the code under test), and realistic sentences.
 */
final class VietnameseSamples {
    /** The 12 vowel letters. */
    static final String VOWELS = "aăâeêioôơuưy";
    /** The 17 consonant letters. */
    static final String CONSONANTS = "bcdđghklmnpqrstvx";
    /** Combining marks for the tones none, grave, hook, tilde, acute, dot, in dictionary order. */
    static final String[] TONE_MARKS = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

    /** Customs and everyday words, names and places, as found in real Vietnamese text. */
    static final List<String> WORDS = List.of(("người khai hải quan tờ hàng hóa hoá xuất nhập khẩu thuế giá trị gia tăng cửa"
            + " biên giới kiểm tra giám sát doanh nghiệp mã số năm tháng ngày của và các những một được không có"
            + " trong theo quyết định thông tư nghị bộ tài chính tổng cục chi cảng sân bay quốc tế đường vận"
            + " chuyển lô niêm phong phương tiện xe tải tàu biển khu chế kho ngoại Việt Nam Hà Nội Hồ Chí Minh"
            + " Đà Nẵng Hải Phòng Quảng Ninh Lạng Sơn Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Võ Vũ Đặng Bùi Đỗ"
            + " Ngô Dương Lý văn thị anh tuấn hùng dũng thu hương lan hoa ngọc đơn vị kê điện tử hệ thống xử lý"
            + " dữ liệu khuya thuở khuỷu quyển giữ gìn giếng nghiêng ngoài người trường hợp đã sẽ đang rất cũng vẫn"
            + " lại ra vào lên xuống ở tại từ đến về sau trước trên dưới giữa nhiều ít mọi mỗi tất cả nhà nước"
            + " đất trời sáng chiều tối đêm hôm nay mai tốt xấu lớn nhỏ mới cũ cao thấp dài ngắn nhanh chậm đúng"
            + " sai phải nên cần muốn biết hiểu nói viết đọc nghe xem làm đi ăn uống ngủ học hỏi trả lời gửi nhận"
            + " mua bán đổi tiền kịp thời hồ sơ báo cáo thủ tục miễn giảm hoàn nộp phạt vi phạm xác nhận bảo lãnh"
            + " cơ quan ủy ban nhân dân tỉnh thành phố quận huyện xã phường").split(" "));

    private VietnameseSamples() {}

    /**
     * Returns a letter with a tone.
     *
     * @param base a toneless letter
     * @param tone 0..5: none, grave, hook, tilde, acute, dot
     */
    static String toned(char base, int tone) {
        return Normalizer.normalize(base + TONE_MARKS[tone], Normalizer.Form.NFC);
    }

    /** Every vowel in every tone, lower case: 72 letters. */
    static List<String> lowerVowels() {
        List<String> out = new ArrayList<>();
        for (char v : VOWELS.toCharArray()) {
            for (int tone = 0; tone < TONE_MARKS.length; tone++) {
                out.add(toned(v, tone));
            }
        }
        return out;
    }

    /** Every vowel in every tone, upper case: 72 letters. */
    static List<String> upperVowels() {
        return lowerVowels().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    /** The consonants, lower then upper case. */
    static List<String> consonants() {
        List<String> out = new ArrayList<>();
        for (char c : CONSONANTS.toCharArray()) {
            out.add(String.valueOf(c));
            out.add(String.valueOf(Character.toUpperCase(c)));
        }
        return out;
    }

    /** Every Vietnamese letter, both cases, every tone. */
    static List<String> allLetters() {
        List<String> out = new ArrayList<>(lowerVowels());
        out.addAll(upperVowels());
        out.addAll(consonants());
        return out;
    }

    /** Tells whether a letter is a capital carrying a tone, which TCVN3 has no code for. */
    static boolean isTonedCapital(String letter) {
        String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFD);
        boolean toned = decomposed.chars().anyMatch(c -> "\u0300\u0309\u0303\u0301\u0323".indexOf(c) >= 0);
        return toned && Character.isUpperCase(letter.charAt(0));
    }

    /** What a TCVN3 round trip gives: every toned capital becomes lower case, the rest is kept. */
    static String tcvn3RoundTrip(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String letter = String.valueOf(text.charAt(i));
            out.append(isTonedCapital(letter) ? letter.toLowerCase(Locale.ROOT) : letter);
        }
        return out.toString();
    }

    /** Vietnamese letters, spaces and printable ASCII, in NFC. */
    static Arbitrary<String> vietnameseText() {
        Arbitrary<String> letters = Arbitraries.of(allLetters());
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(6, letters), Tuple.of(1, Arbitraries.just(" ")), Tuple.of(2, ascii))
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Sentences of real words, some capitalised, at least 20 letters and 3 words with diacritics. */
    static Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.of(WORDS).flatMap(w -> Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(w)),
                Tuple.of(2, Arbitraries.just(capitalise(w))),
                Tuple.of(1, Arbitraries.just(w.toUpperCase(Locale.ROOT)))));
        return word.list().ofMinSize(3).ofMaxSize(14).map(words -> String.join(" ", words))
                .filter(s -> s.codePoints().filter(Character::isLetter).count() >= 20)
                .filter(s -> Arrays.stream(s.split(" ")).filter(w -> w.chars().anyMatch(c -> c >= 0x80))
                        .count() >= 3);
    }

    static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}

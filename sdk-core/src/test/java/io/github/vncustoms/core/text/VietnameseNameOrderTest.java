package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STA-04: lists of officers sort by given name, then family and middle names. */
final class VietnameseNameOrderTest {

    @Test
    void names_sort_by_given_name_first_then_the_rest_as_written() {
        List<String> staff = new ArrayList<>(List.of("Phạm Minh Đức", "Nguyễn Văn Bình", "Trần Thị An", "Hoàng Dũng",
                "Lê Văn An", "Lê An", "Đỗ Thị Ánh"));
        staff.sort(VietnameseNameOrder.givenNameFirst());
        assertThat(staff).containsExactly("Lê An", "Lê Văn An", "Trần Thị An", "Đỗ Thị Ánh", "Nguyễn Văn Bình",
                "Hoàng Dũng", "Phạm Minh Đức");
    }

    @Test
    void a_single_word_name_is_its_given_name() {
        assertThat(VietnameseNameOrder.givenNameFirst().compare("An", "Nguyễn Bình")).isNegative();
        assertThat(VietnameseNameOrder.givenNameFirst().compare("Bình", "Nguyễn An")).isPositive();
    }

    @Test
    void only_equal_names_compare_as_zero() {
        assertThat(VietnameseNameOrder.givenNameFirst().compare("Lê An", "Lê An")).isZero();
        assertThat(VietnameseNameOrder.givenNameFirst().compare("Lê An", "lê an")).isPositive();
        assertThat(VietnameseNameOrder.givenNameFirst().compare("Lê An", "Lê  An")).isNotZero();
    }
}

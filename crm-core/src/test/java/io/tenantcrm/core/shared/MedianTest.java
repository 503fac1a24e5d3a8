package io.tenantcrm.core.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MedianTest {

    @Test
    void odd_count_is_the_middle_value_whatever_the_order() {
        assertThat(Median.of(List.of(9.0, 1.0, 4.0))).isEqualTo(4.0);
    }

    @Test
    void even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(Median.of(List.of(10.0, 1.0, 3.0, 400.0))).isEqualTo(6.5);
    }

    @Test
    void no_values_is_zero() {
        assertThat(Median.of(List.of())).isZero();
    }
}

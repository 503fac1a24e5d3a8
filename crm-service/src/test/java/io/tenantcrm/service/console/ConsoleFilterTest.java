package io.tenantcrm.service.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleFilterTest {

    @Test
    void gzip_is_sent_when_the_browser_names_it_or_takes_anything_without_refusing_it() {
        assertThat(ConsoleFilter.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(ConsoleFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ConsoleFilter.acceptsGzip("*")).isTrue();
        assertThat(ConsoleFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ConsoleFilter.acceptsGzip("gzip; q=0.000, br")).isFalse();
        assertThat(ConsoleFilter.acceptsGzip("gzip;q=nonsense")).isTrue();
        assertThat(ConsoleFilter.acceptsGzip("br, identity")).isFalse();
        assertThat(ConsoleFilter.acceptsGzip("")).isFalse();
        assertThat(ConsoleFilter.acceptsGzip(null)).isFalse();
    }

    @Test
    void a_screen_is_an_address_without_an_extension() {
        assertThat(ConsoleFilter.isRoute("/app/leads/42")).isTrue();
        assertThat(ConsoleFilter.isRoute("/app/assets/index-abc.js")).isFalse();
    }
}

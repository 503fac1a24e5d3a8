package io.tenantcrm.core.dedupe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNameTest {

    @Test
    void the_legal_form_case_and_punctuation_do_not_make_another_company() {
        assertThat(CompanyName.normalize("Shenzhen Pumps Co., Ltd.")).isEqualTo("shenzhen pumps");
        assertThat(CompanyName.normalize("SHENZHEN PUMPS")).isEqualTo("shenzhen pumps");
        assertThat(CompanyName.normalize("Shenzhen Pumps Company Limited")).isEqualTo("shenzhen pumps");
        assertThat(CompanyName.normalize("Müller Armaturen GmbH & Co. KG")).isEqualTo("muller armaturen");
        assertThat(CompanyName.normalize("Costa Válvulas, Lda")).isEqualTo("costa valvulas");
        assertThat(CompanyName.normalize("Acme, LLC")).isEqualTo("acme");
        assertThat(CompanyName.normalize("Industrias Reunidas S.A. de C.V.")).isEqualTo("industrias reunidas");
        assertThat(CompanyName.normalize("Fabryka Pomp Sp. z o.o.")).isEqualTo("fabryka pomp");
        assertThat(CompanyName.normalize("Nordic Valves AB")).isEqualTo("nordic valves");
    }

    @Test
    void chinese_japanese_and_korean_legal_forms_are_dropped_too() {
        assertThat(CompanyName.normalize("深圳泵业有限公司")).isEqualTo("深圳泵业");
        assertThat(CompanyName.normalize("深圳泵业股份有限公司")).isEqualTo("深圳泵业");
        assertThat(CompanyName.normalize("株式会社トヨタ")).isEqualTo("トヨタ");
        assertThat(CompanyName.normalize("トヨタ株式会社")).isEqualTo("トヨタ");
        assertThat(CompanyName.normalize("삼성전자 주식회사")).isEqualTo("삼성전자");
    }

    @Test
    void full_width_letters_fold_to_their_plain_form() {
        assertThat(CompanyName.normalize("ＡＣＭＥ　Ｔｒａｄｉｎｇ")).isEqualTo("acme trading");
    }

    @Test
    void a_name_that_is_only_a_legal_form_leaves_nothing_to_match_on() {
        assertThat(CompanyName.normalize("Ltd.")).isEqualTo("ltd");
        assertThat(CompanyName.normalize("  ")).isEmpty();
        assertThat(CompanyName.normalize(null)).isEmpty();
    }
}

package io.tenantcrm.matching;

import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateFinder;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.dedupe.MatchRules;
import io.tenantcrm.core.dedupe.PersonName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatchingTest {

    private final NameMatching names = new NameMatching();

    @Test
    void chinese_names_are_written_in_pinyin_and_other_scripts_in_latin_letters() {
        assertThat(PersonName.normalize(names.romanized("王伟"))).isEqualTo(PersonName.normalize("Wei Wang"));
        assertThat(PersonName.normalize(names.romanized("李娜"))).isEqualTo("li na");
        assertThat(PersonName.normalize(names.romanized("Иван Петров"))).isEqualTo("ivan petrov");
        assertThat(names.romanized("Ana Costa")).isEqualTo("Ana Costa");
    }

    @Test
    void a_name_in_han_characters_and_in_pinyin_with_one_phone_is_surely_one_person() {
        DuplicateFinder finder = new DuplicateFinder(MatchRules.defaults(), names);
        Candidate card = new Candidate("lead/1", MatchKeys.of("王伟", null,
                io.tenantcrm.core.shared.PhoneNumber.parse("+86 574 1234 5678", null), "宁波五金有限公司", null));
        Candidate inquiry = new Candidate("lead/2", MatchKeys.of("Wang Wei", null,
                io.tenantcrm.core.shared.PhoneNumber.parse("0574 1234 5678",
                        io.tenantcrm.core.shared.CountryCode.of("CN")), "Ningbo Hardware", null));

        DuplicatePair pair = finder.compare(card, inquiry).orElseThrow();

        assertThat(pair.sure()).isTrue();
        assertThat(pair.reasons()).anyMatch(reason -> reason.startsWith("same person's name 王伟 = wang wei"));
    }

    @Test
    void similarity_is_jaro_winkler() {
        assertThat(names.between("costa valvulas", "costa valvulas")).isEqualTo(1.0);
        assertThat(names.between("costa valvulas", "costa valvula")).isGreaterThan(0.95);
        assertThat(names.between("nowak pompy", "costa valvulas")).isLessThan(0.7);
    }
}

package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {

    static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    static final DuplicateFinder FINDER = new DuplicateFinder(MatchRules.defaults(), JARO_WINKLER::apply);

    static Candidate record(String id, String email, String phone, String country, String company, String website) {
        return new Candidate(id, MatchKeys.of(email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.parse(phone, CountryCode.of(country)), company, website));
    }

    @Test
    void the_same_buyer_from_a_marketplace_and_a_trade_show_card_is_a_sure_duplicate_and_says_why() {
        Candidate marketplace = record("lead/1", "Li.Wei+alibaba@gmail.com", "+86 138 0013 8000", "CN",
                "Shenzhen Pumps Co., Ltd.", null);
        Candidate tradeShow = record("lead/2", "liwei@gmail.com", "138-0013-8000", "CN", "SHENZHEN PUMPS", null);

        DuplicatePair pair = FINDER.compare(marketplace, tradeShow).orElseThrow();

        assertThat(pair.sure()).isTrue();
        assertThat(pair.score()).isGreaterThan(0.99);
        assertThat(pair.reasons()).containsExactly("same mailbox liwei@gmail.com: +19.8",
                "same phone +8613800138000: +16.4", "same company name 'shenzhen pumps' (shared by 1 in 1,000): +9.6");
        assertThat(pair.evidence()).extracting(Evidence::code)
                .containsExactly("same-mailbox", "same-phone", "same-company-name");
    }

    static final DuplicateFinder COMPANIES = new DuplicateFinder(MatchRules.forCompanies(), JARO_WINKLER::apply);

    @Test
    void for_accounts_a_misspelt_company_on_the_same_website_is_sure_a_similar_name_alone_only_possible() {
        Candidate account = new Candidate("account/1",
                MatchKeys.ofCompany("Costa Válvulas Lda", "https://costa-valvulas.pt"));
        Candidate typo = new Candidate("lead/9",
                record("lead/9", "ana@costa-valvulas.pt", null, null, "Costa Valvula", null).keys().companyPart());
        Candidate namesake = record("lead/10", null, null, null, "Costa Valvulas", null);

        assertThat(COMPANIES.compare(account, record("lead/8", null, null, null, "Costa Valvula",
                "www.costa-valvulas.pt"))).hasValueSatisfying(p -> assertThat(p.sure()).isTrue());
        assertThat(COMPANIES.compare(account, namesake)).hasValueSatisfying(p -> {
            assertThat(p.sure()).isFalse();
            assertThat(p.evidence()).extracting(Evidence::code).containsExactly("same-company-name");
        });
        assertThat(COMPANIES.compare(account, typo)).hasValueSatisfying(p ->
                assertThat(p.reasons()).anyMatch(reason -> reason.startsWith("similar company names")));
        assertThat(FINDER.compare(account, record("lead/8", null, null, null, "Costa Valvula",
                "www.costa-valvulas.pt"))).as("for people, company evidence alone is a colleague")
                .hasValueSatisfying(p -> assertThat(p.sure()).isFalse());
    }

    @Test
    void colleagues_of_one_company_are_not_the_same_person_and_strangers_are_nothing() {
        Candidate ana = record("contact/1", "ana@costa-valvulas.pt", null, null, null, null);
        Candidate rui = record("contact/2", "rui@costa-valvulas.pt", null, null, null, null);
        Candidate other = record("contact/3", "jan@nowak.pl", "+48 22 123 45 67", "PL", "Nowak Pompy", null);

        assertThat(FINDER.compare(ana, rui)).as("a shared domain alone is weak").isEmpty();
        assertThat(FINDER.matches(ana, List.of(rui, other))).isEmpty();
    }

    @Test
    void a_tenant_scan_groups_sure_duplicates_through_shared_blocks() {
        List<Candidate> records = new ArrayList<>(List.of(
                record("a", "li.wei@szpumps.cn", null, null, "Shenzhen Pumps", null),
                record("b", null, "+86 138 0013 8000", "CN", "Shenzhen Pumps Co Ltd", "szpumps.cn"),
                record("c", "sales@szpumps.cn", "+86 138 0013 8000", "CN", null, null),
                record("d", "jan@nowak.pl", null, null, "Nowak Pompy", null),
                record("e", "jan@nowak.pl", null, null, "Nowak Pompy Sp. z o.o.", null),
                record("f", "someone@else.test", null, null, "Elsewhere GmbH", null)));

        List<Set<String>> clusters = FINDER.clusters(records);

        assertThat(clusters).containsExactlyInAnyOrder(Set.of("b", "c"), Set.of("d", "e"));
    }

    @Test
    void a_large_block_is_compared_in_a_sorted_window_so_the_work_per_record_stays_bounded() {
        AtomicInteger comparisons = new AtomicInteger();
        DuplicateFinder counting = new DuplicateFinder(MatchRules.defaults(), (a, b) -> {
            comparisons.incrementAndGet();
            return JARO_WINKLER.apply(a, b);
        });
        List<Candidate> colleagues = new ArrayList<>();
        for (int i = 0; i < 200; i++) { // 200 people of one company: one email domain, one block
            colleagues.add(new Candidate("contact/" + i, MatchKeys.of("Ana " + letters(i),
                    EmailAddress.of("p" + i + "@bigcorp.example"), null, "Bigcorp Works " + i, null)));
        }
        colleagues.add(new Candidate("lead/again", MatchKeys.of(letters(7) + ", Ana", null, null,
                "Bigcorp Works 7", null)));

        List<Set<String>> clusters = counting.clusters(colleagues);

        assertThat(clusters).containsExactly(Set.of("contact/7", "lead/again"));
        assertThat(comparisons.get()).as("at most the next %d of each, not all %d pairs",
                DuplicateFinder.WINDOW - 1, 201 * 200 / 2).isLessThanOrEqualTo(201 * (DuplicateFinder.WINDOW - 1));
    }

    /** A family name made of letters only, different for each number: 0 is "Ba", 27 is "Bbb". */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder("B");
        int n = number;
        do {
            name.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return name.toString();
    }
}

package io.tenantcrm.core.dedupe;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A company name reduced to what identifies the company: Unicode-normalized (full-width letters folded, accents
 * removed), lower-case, punctuation gone, and the legal form dropped wherever the world writes it: "Shenzhen Pumps
 * Co., Ltd." and "SHENZHEN PUMPS" and "深圳泵业有限公司" minus its suffix compare as their core names.
 */
public final class CompanyName {

    /** Legal forms in Latin script, as words at the end of a name (after punctuation is gone); longest first. */
    private static final List<String> LATIN_FORMS = java.util.stream.Stream.of(
            "co ltd", "company limited", "co limited", "pte ltd", "pty ltd", "sdn bhd", "pvt ltd", "private limited",
            "public limited company", "limited liability company", "gmbh co kg", "gmbh und co kg", "co kg",
            "ltd", "limited", "llc", "l l c", "inc", "incorporated", "corp", "corporation", "co", "company",
            "gmbh", "mbh", "ag", "kg", "ug", "ohg", "se", "sa", "s a", "sas", "s a s", "sarl", "s a r l", "srl",
            "s r l", "spa", "s p a", "bv", "b v", "nv", "n v", "oy", "oyj", "ab", "as", "a s", "aps", "asa", "plc",
            "lp", "llp", "kk", "k k", "jsc", "pjsc", "ooo", "zao", "oao", "ltda", "lda", "unipessoal lda", "eireli", "sl", "s l", "sp z o o", "spzoo",
            "sro", "s r o", "as", "kft", "zrt", "doo", "d o o", "ad", "eood", "ood", "sdn", "bhd", "tbk", "pt",
            "jsc", "cv", "c v", "sa de cv", "s a de c v")
            .distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Legal forms in CJK scripts, written without spaces at the end (or, for 株式会社, at the start). */
    private static final List<String> CJK_FORMS = List.of(
            "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团公司", "集團公司", "公司",
            "株式会社", "有限会社", "合同会社", "(株)", "㈱", "주식회사", "(주)", "유한회사");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CompanyName() {
    }

    /** The words of a core name ({@link #normalize}). */
    public static List<String> words(String core) {
        return core.isEmpty() ? List.of() : List.of(core.split(" "));
    }

    /** The core name, or empty when nothing identifying is left (a name that was only a legal form). */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        for (String form : CJK_FORMS) {
            if (text.endsWith(form) && text.length() > form.length()) {
                text = text.substring(0, text.length() - form.length());
            }
            if (text.startsWith(form) && text.length() > form.length()) {
                text = text.substring(form.length());
            }
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String form : LATIN_FORMS) {
                if (words.endsWith(" " + form)) {
                    words = words.substring(0, words.length() - form.length() - 1).strip();
                    cut = true;
                    break;
                }
            }
        }
        return Normalizer.normalize(words, Normalizer.Form.NFC);
    }
}

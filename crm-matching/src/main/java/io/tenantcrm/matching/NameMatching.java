package io.tenantcrm.matching;

import com.ibm.icu.text.Transliterator;
import io.tenantcrm.core.dedupe.NameSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are (Jaro-Winkler: kind to typos late in a name, strict early on) and a name in Latin
 * letters: Han characters as pinyin (王伟 is wang wei), Cyrillic, Greek, Hangul and others by ICU's transliteration
 * rules, accents dropped. Thread-safe: ICU's transliterators are not, so each thread has its own.
 */
public final class NameMatching implements NameSimilarity {

    private static final String TO_LATIN = "Any-Latin; Latin-ASCII";

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final ThreadLocal<Transliterator> toLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TO_LATIN));

    @Override
    public double between(String first, String second) {
        return jaroWinkler.apply(first, second);
    }

    @Override
    public String romanized(String name) {
        return toLatin.get().transliterate(name);
    }
}

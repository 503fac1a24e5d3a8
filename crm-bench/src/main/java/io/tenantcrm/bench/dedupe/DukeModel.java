package io.tenantcrm.bench.dedupe;

import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.dedupe.PersonName;
import io.tenantcrm.matching.NameMatching;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.PersonNameComparator;
import no.priv.garshol.duke.databases.InMemoryDatabase;

import java.util.ArrayList;
import java.util.List;

/**
 * Duke 1.2 (Lars Marius Garshol's record linkage engine, from Maven Central) on the same pairs: its naive-Bayes
 * combination of per-property probabilities, with its own comparators (person's names, Jaro-Winkler for company
 * names, exact for identifiers). It is given crm-core's normalized keys and romanized names, so the comparison is
 * of the models, not of the normalizing. Probabilities are set as Duke's documentation suggests (an identifier
 * high when equal, a name's low when different); sure from 0.95, possible from 0.8, Duke's usual thresholds.
 */
final class DukeModel {

    static final double SURE = 0.95;
    static final double POSSIBLE = 0.8;

    private DukeModel() {
    }

    static MatchEvaluation.Model create() {
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        properties.add(new PropertyImpl("MAILBOX", new ExactComparator(), 0.4, 0.99));
        properties.add(new PropertyImpl("PHONE", new ExactComparator(), 0.4, 0.97));
        properties.add(new PropertyImpl("PERSON", new PersonNameComparator(), 0.2, 0.85));
        properties.add(new PropertyImpl("COMPANY", new JaroWinkler(), 0.3, 0.8));
        properties.add(new PropertyImpl("DOMAIN", new ExactComparator(), 0.4, 0.75));
        properties.add(new PropertyImpl("WEBSITE", new ExactComparator(), 0.4, 0.75));
        properties.add(new PropertyImpl("COUNTRY", new ExactComparator(), 0.3, 0.55));
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setProperties(properties);
        configuration.setThreshold(SURE);
        configuration.setMaybeThreshold(POSSIBLE);
        InMemoryDatabase database = new InMemoryDatabase();
        database.setConfiguration(configuration);
        Processor processor = new Processor(configuration, database);
        NameMatching names = new NameMatching();
        return MatchEvaluation.model("Duke 1.2", (a, b) -> {
            double probability = processor.compare(record(a, names), record(b, names));
            return probability >= SURE ? MatchEvaluation.Verdict.SURE
                    : probability >= POSSIBLE ? MatchEvaluation.Verdict.POSSIBLE : MatchEvaluation.Verdict.NONE;
        });
    }

    private static RecordImpl record(Candidate candidate, NameMatching names) {
        MatchKeys keys = candidate.keys();
        RecordImpl record = new RecordImpl();
        record.addValue("ID", candidate.id());
        add(record, "MAILBOX", keys.mailbox());
        add(record, "PHONE", keys.phone());
        add(record, "PERSON", keys.personName() == null ? null
                : PersonName.normalize(names.romanized(keys.personName())));
        add(record, "COMPANY", keys.companyName());
        add(record, "DOMAIN", keys.emailDomain());
        add(record, "WEBSITE", keys.websiteDomain());
        add(record, "COUNTRY", keys.country());
        return record;
    }

    private static void add(RecordImpl record, String property, String value) {
        if (value != null && !value.isEmpty()) {
            record.addValue(property, value);
        }
    }
}

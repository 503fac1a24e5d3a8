-- The country is a match key of its own (compared, never looked up by): the match model counts a different
-- country against a pair. V17 (MatchKeysOfExistingRecords.withCountries) then writes every record's keys again.
ALTER TABLE match_key DROP CONSTRAINT match_key_kind_check;
ALTER TABLE match_key ADD CONSTRAINT match_key_kind_check
    CHECK (kind IN ('mailbox', 'email_domain', 'phone', 'person', 'company', 'website', 'country'));

-- What an activity the CRM wrote itself says, as a code and its values ({"code": "quote-sent", "values": {...}}),
-- so the console says it in the reader's language; null for what people wrote.
ALTER TABLE activity ADD COLUMN wording text;

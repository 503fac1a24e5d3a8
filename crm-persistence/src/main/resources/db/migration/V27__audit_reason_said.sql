-- A reason the CRM worked out itself (an assignment rule's reasoning) keeps its steps as codes and values
-- ([{"code": "rule-matched", "values": {"rule": "DACH"}}, ...]), so the history is said in the reader's language;
-- null for a reason a person typed.
ALTER TABLE audit_entry ADD COLUMN said text;

-- A task the CRM gave itself (an SLA reminder, a payment to chase) keeps its title as a code and values
-- ({"code": "answer-lead", "values": {"who": "..."}}), so the console says it in the owner's language; null for
-- a title a person or a stage template wrote.
ALTER TABLE task ADD COLUMN wording text;

-- A row that is only possibly someone the tenant has is created and counted as "to review" (issue 20): the count
-- is kept with the run's other counts, so the progress and the outcome show it, not only the report.
ALTER TABLE import_run ADD COLUMN to_review integer NOT NULL DEFAULT 0;

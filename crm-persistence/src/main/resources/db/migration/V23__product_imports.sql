-- A spreadsheet can hold the catalogue's products too (a row per SKU and price), imported like leads and accounts.
ALTER TABLE import_job DROP CONSTRAINT import_job_records_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_records_check
    CHECK (records IN ('LEADS', 'ACCOUNTS', 'DEALS', 'PRODUCTS'));

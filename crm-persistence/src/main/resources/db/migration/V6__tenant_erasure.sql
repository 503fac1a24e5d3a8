-- Erasing a whole tenant. Stage history and audit entries are append-only for the application role, so it cannot
-- delete them row by row; this function, run with the owner's rights, deletes every row of one tenant and its
-- registry row. It only ever erases the tenant the calling transaction is set to (app.tenant_id), and row-level
-- security still applies inside (the tables FORCE it), so it cannot reach another tenant either.
CREATE FUNCTION erase_tenant(doomed varchar) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    scoped text;
BEGIN
    IF doomed IS NULL OR doomed IS DISTINCT FROM current_setting('app.tenant_id', true) THEN
        RAISE EXCEPTION 'erase_tenant: % is not the tenant of this transaction', doomed;
    END IF;
    SET CONSTRAINTS ALL DEFERRED;
    -- every table with a tenant column, so tables added by later migrations are erased too
    FOR scoped IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.table_name <> 'tenant'
    LOOP
        EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', scoped) USING doomed;
    END LOOP;
    DELETE FROM tenant WHERE id = doomed;
END
$$;

REVOKE ALL ON FUNCTION erase_tenant(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_tenant(varchar) TO ${appRole};

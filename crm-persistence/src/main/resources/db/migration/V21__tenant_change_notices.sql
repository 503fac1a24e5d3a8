-- Each instance of the service keeps what every request needs of a tenant in memory: its status, its settings, its
-- assignment policy, its webhook endpoints. Whatever changes them (this instance, another one, tenant-admin's
-- command line, an operator in psql) tells every instance at commit, on the channel crm_tenant_changed with the
-- tenant's id as the payload (TenantChangeNotices listens). A table added here later needs only its trigger.
CREATE FUNCTION notify_tenant_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('crm_tenant_changed', OLD.id);
    ELSE
        PERFORM pg_notify('crm_tenant_changed', NEW.id);
    END IF;
    RETURN NULL;
END $$;

-- for the tables whose rows belong to a tenant (tenant_id)
CREATE FUNCTION notify_tenant_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('crm_tenant_changed', OLD.tenant_id);
    ELSE
        PERFORM pg_notify('crm_tenant_changed', NEW.tenant_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER tenant_changed AFTER INSERT OR UPDATE OR DELETE ON tenant
    FOR EACH ROW EXECUTE FUNCTION notify_tenant_row_changed();
CREATE TRIGGER tenant_setting_changed AFTER INSERT OR UPDATE OR DELETE ON tenant_setting
    FOR EACH ROW EXECUTE FUNCTION notify_tenant_data_changed();
CREATE TRIGGER assignment_policy_changed AFTER INSERT OR UPDATE OR DELETE ON assignment_policy
    FOR EACH ROW EXECUTE FUNCTION notify_tenant_data_changed();
CREATE TRIGGER webhook_endpoint_changed AFTER INSERT OR UPDATE OR DELETE ON webhook_endpoint
    FOR EACH ROW EXECUTE FUNCTION notify_tenant_data_changed();

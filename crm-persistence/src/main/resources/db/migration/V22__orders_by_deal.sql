-- A deal's page lists its orders (GET /orders?deal=): found by the deal within the tenant, not by a scan.
CREATE INDEX sales_order_deal_idx ON sales_order (tenant_id, deal_id);

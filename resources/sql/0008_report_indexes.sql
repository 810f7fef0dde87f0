-- The dashboard (core/report/DashboardData) reads every entity's industry field and town, and the
-- whole light history as timelines (entity, date, row order, light). These covering indexes keep
-- both scans off the wide rows (names, addresses, reason texts): at 1M entities they are what
-- brings the dashboard's data work near 200 ms (docs/benchmarks.md).
CREATE INDEX entities_scope ON entities(industry_id, town_id);
CREATE INDEX light_history_timeline ON light_history(entity_id, effective_on, id, light);

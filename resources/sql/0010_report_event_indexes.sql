-- The dashboard's commitment figures (core/report/CommitmentStats) read the applications decided and
-- the verification tasks pushed in the report's period. These covering indexes hold the period
-- column first and every column those figures read, so the period is a range of one index and the
-- wide rows (credit-check snapshots, notes) stay unread. With 100,000 applications over three years
-- at 1M entities they and reading the entities only when filtered by them took the unfiltered
-- commitment figures from about 98 to 46 ms of CPU (docs/benchmarks.md, dashboard).
CREATE INDEX approval_applications_decided ON approval_applications(decided_on, mode, item_id, received_on, entity_id);
CREATE INDEX verification_tasks_pushed ON verification_tasks(pushed_on, status, due_on, outcome, department_id, commitment_id);

-- Runs after the maintenance functions (scripts apply in name order) whenever migrate up applied
-- anything: every registered log gets its partitions for the current month and the months ahead,
-- so a fresh database is partitioned from the start. Later months come from `partitions maintain`.
select count(*) from finnest.maintain_partitions();

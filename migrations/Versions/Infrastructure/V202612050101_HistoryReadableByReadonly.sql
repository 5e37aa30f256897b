grant select on finnest.schema_history to finnest_readonly;

alter function v2.to_timestamp(text) stable;
alter function v2.to_date(text) stable;
comment on function v2.to_timestamp(text) is 'A MySQL datetime (local wall time, no zone) to timestamp; null for blanks and zero dates. Stable, like the cast it makes, so the planner inlines it.';
comment on function v2.to_date(text) is 'A MySQL date as text to date; null for \N, blanks and zero dates (0000-00-00). Stable, like the cast it makes, so the planner inlines it.';

-- The dashboard's court backlog counts, for each month's last day, the cases filed by then and not yet disposed
-- of: one index range per programme that never touches the rows.
CREATE INDEX ix_crt_case_backlog_on ON crt_case (programme_id, filed_on, disposed_on);

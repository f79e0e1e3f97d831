-- Search reads each word's records newest first straight from the index and stops at a page, instead of sorting
-- every record that holds a common word: the date follows the word, the programme is checked from the index.
DROP INDEX ix_adv_search_token ON adv_search_token;
CREATE INDEX ix_adv_search_newest ON adv_search_token (token, record_on, record_id, record_kind, programme_id);

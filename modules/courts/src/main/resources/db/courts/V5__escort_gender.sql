-- A witness (usually a survivor) may ask to be escorted to court by someone of a given gender.
ALTER TABLE crt_witness ADD COLUMN escort_gender VARCHAR(30) NULL;

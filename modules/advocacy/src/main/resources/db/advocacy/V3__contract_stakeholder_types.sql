-- Stakeholder types take the names docs/api.md gives them (PROSECUTION_SERVICE, MULTILATERAL).
UPDATE adv_stakeholder SET kind = 'PROSECUTION_SERVICE' WHERE kind = 'PROSECUTOR_OFFICE';
UPDATE adv_stakeholder SET kind = 'MULTILATERAL' WHERE kind = 'MULTILATERAL_BODY';

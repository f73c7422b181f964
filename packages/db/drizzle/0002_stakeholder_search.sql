-- Full-text search over stakeholders (name, role, the name of their affiliation), accents
-- optional ("maiziere" finds "de Maizière"), so the register can be filtered on the server.
CREATE VIRTUAL TABLE `stakeholders_fts` USING fts5(
	`stakeholder_id` UNINDEXED,
	`name`,
	`role`,
	`affiliation`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `stakeholders_fts` (`stakeholder_id`, `name`, `role`, `affiliation`)
SELECT s.`id`, s.`name`, coalesce(s.`role`, ''), coalesce(a.`name`, '')
FROM `stakeholders` s LEFT JOIN `stakeholders` a ON a.`id` = s.`affiliation_id`;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_insert` AFTER INSERT ON `stakeholders` BEGIN
	INSERT INTO `stakeholders_fts` (`stakeholder_id`, `name`, `role`, `affiliation`)
	VALUES (new.`id`, new.`name`, coalesce(new.`role`, ''),
		coalesce((SELECT `name` FROM `stakeholders` WHERE `id` = new.`affiliation_id`), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_update` AFTER UPDATE OF `name`, `role`, `affiliation_id` ON `stakeholders` BEGIN
	UPDATE `stakeholders_fts`
	SET `name` = new.`name`, `role` = coalesce(new.`role`, ''),
		`affiliation` = coalesce((SELECT `name` FROM `stakeholders` WHERE `id` = new.`affiliation_id`), '')
	WHERE `stakeholder_id` = new.`id`;
	-- The people of a renamed organisation are found by its new name.
	UPDATE `stakeholders_fts` SET `affiliation` = new.`name`
	WHERE `stakeholder_id` IN (SELECT `id` FROM `stakeholders` WHERE `affiliation_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_delete` AFTER DELETE ON `stakeholders` BEGIN
	DELETE FROM `stakeholders_fts` WHERE `stakeholder_id` = old.`id`;
	UPDATE `stakeholders_fts` SET `affiliation` = ''
	WHERE `stakeholder_id` IN (SELECT `id` FROM `stakeholders` WHERE `affiliation_id` = old.`id`);
END;

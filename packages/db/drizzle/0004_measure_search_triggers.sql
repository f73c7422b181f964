-- 0003 rebuilt `measures` and `measure_identifiers` (SQLite changes a column's NOT NULL only by
-- copying the table), and dropping a table drops its triggers: the full-text index of 0001 is
-- kept in step by the same triggers again. Its rows were untouched by the copy.
CREATE TRIGGER `measures_fts_insert` AFTER INSERT ON `measures` BEGIN
	INSERT INTO `measures_fts` (`measure_id`, `title`, `summary`, `policy_areas`, `identifiers`)
	VALUES (new.`id`, new.`title`, coalesce(new.`summary`, ''), new.`policy_areas`, '');
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_update` AFTER UPDATE OF `title`, `summary`, `policy_areas` ON `measures` BEGIN
	UPDATE `measures_fts`
	SET `title` = new.`title`, `summary` = coalesce(new.`summary`, ''), `policy_areas` = new.`policy_areas`
	WHERE `measure_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_delete` AFTER DELETE ON `measures` BEGIN
	DELETE FROM `measures_fts` WHERE `measure_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_identifiers_fts_insert` AFTER INSERT ON `measure_identifiers` BEGIN
	UPDATE `measures_fts`
	SET `identifiers` = (SELECT group_concat(`value`, ' ') FROM `measure_identifiers` WHERE `measure_id` = new.`measure_id`)
	WHERE `measure_id` = new.`measure_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_identifiers_fts_delete` AFTER DELETE ON `measure_identifiers` BEGIN
	UPDATE `measures_fts`
	SET `identifiers` = coalesce((SELECT group_concat(`value`, ' ') FROM `measure_identifiers` WHERE `measure_id` = old.`measure_id`), '')
	WHERE `measure_id` = old.`measure_id`;
END;

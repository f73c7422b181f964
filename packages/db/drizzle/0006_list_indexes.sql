DROP INDEX `measures_stage_idx`;--> statement-breakpoint
DROP INDEX `measures_kind_idx`;--> statement-breakpoint
DROP INDEX `measures_jurisdiction_idx`;--> statement-breakpoint
CREATE INDEX `measures_stage_title_idx` ON `measures` (`stage`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `measures_kind_title_idx` ON `measures` (`kind`,`title`,`id`);--> statement-breakpoint
CREATE INDEX `measures_jurisdiction_title_idx` ON `measures` (`jurisdiction`,`title`,`id`);--> statement-breakpoint
DROP INDEX `stakeholders_name_idx`;--> statement-breakpoint
DROP INDEX `stakeholders_category_idx`;--> statement-breakpoint
DROP INDEX `stakeholders_country_idx`;--> statement-breakpoint
CREATE INDEX `stakeholders_name_id_idx` ON `stakeholders` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `stakeholders_category_name_idx` ON `stakeholders` (`category`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `stakeholders_country_name_idx` ON `stakeholders` (`country`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `information_systems_acronym_idx` ON `information_systems` (`acronym`,`id`);
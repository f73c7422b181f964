CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`measure_id` text NOT NULL,
	`event_id` text,
	`fact` text NOT NULL,
	`date` text,
	`date_precision` text,
	`stage` text,
	`votes_for` integer,
	`votes_against` integer,
	`abstentions` integer,
	`source_id` text,
	`note` text,
	`unconfirmed` integer DEFAULT false NOT NULL,
	`preferred` integer DEFAULT false NOT NULL,
	`preferred_reason` text,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "claims_fact_shape" CHECK(("claims"."fact" = 'date' and "claims"."event_id" is not null and "claims"."date" is not null)
        or ("claims"."fact" = 'result' and "claims"."event_id" is not null)
        or ("claims"."fact" = 'stage' and "claims"."event_id" is null and "claims"."stage" is not null and "claims"."date" is not null)),
	CONSTRAINT "claims_preference_reason" CHECK("claims"."preferred" = 0 or "claims"."preferred_reason" is not null)
);
--> statement-breakpoint
CREATE INDEX `claims_event_idx` ON `claims` (`event_id`,`fact`);--> statement-breakpoint
CREATE INDEX `claims_measure_idx` ON `claims` (`measure_id`,`fact`);--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `claims_preferred_event_unique` ON `claims` (`event_id`,`fact`) WHERE "claims"."preferred" = 1 and "claims"."event_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `claims_preferred_stage_unique` ON `claims` (`measure_id`) WHERE "claims"."preferred" = 1 and "claims"."fact" = 'stage';--> statement-breakpoint
CREATE TABLE `event_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`title` text,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`canonical` text NOT NULL,
	`url` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_documents_event_idx` ON `event_documents` (`event_id`);--> statement-breakpoint
CREATE INDEX `event_documents_canonical_idx` ON `event_documents` (`scheme`,`canonical`);--> statement-breakpoint
-- Hand-edited to carry the identifiers forward: SQLite refuses to ADD a NOT NULL column without
-- a default (drizzle-kit wrote `ALTER TABLE measure_identifiers ADD canonical text NOT NULL`),
-- so the table is rebuilt the way drizzle-kit rebuilds tables. An identifier recorded before
-- canonical forms gets the placeholder `legacy:<id>` (unique, so the unique index holds), and
-- openDatabase parses each into its canonical form right after migrating (migrations.ts).
DROP INDEX `measure_identifiers_scheme_value_unique`;--> statement-breakpoint
CREATE TABLE `__new_measure_identifiers` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`canonical` text NOT NULL,
	`role` text,
	`source_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_measure_identifiers`("id", "measure_id", "scheme", "value", "canonical", "role", "source_id", "created_at") SELECT "id", "measure_id", "scheme", "value", 'legacy:' || "id", NULL, NULL, "created_at" FROM `measure_identifiers`;--> statement-breakpoint
DROP TABLE `measure_identifiers`;--> statement-breakpoint
ALTER TABLE `__new_measure_identifiers` RENAME TO `measure_identifiers`;--> statement-breakpoint
CREATE INDEX `measure_identifiers_value_nocase_idx` ON `measure_identifiers` ("value" collate nocase);--> statement-breakpoint
CREATE INDEX `measure_identifiers_measure_idx` ON `measure_identifiers` (`measure_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `measure_identifiers_scheme_canonical_unique` ON `measure_identifiers` (`scheme`,`canonical`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`stage` text,
	`stage_disputed` integer DEFAULT false NOT NULL,
	`summary` text,
	`policy_areas` text DEFAULT '[]' NOT NULL,
	`source_id` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_measures`("id", "version", "created_at", "updated_at", "slug", "title", "kind", "jurisdiction", "stage", "stage_disputed", "summary", "policy_areas", "source_id") SELECT "id", "version", "created_at", "updated_at", "slug", "title", "kind", "jurisdiction", "stage", false, "summary", "policy_areas", "source_id" FROM `measures`;--> statement-breakpoint
DROP TABLE `measures`;--> statement-breakpoint
ALTER TABLE `__new_measures` RENAME TO `measures`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `measures_slug_unique` ON `measures` (`slug`);--> statement-breakpoint
CREATE INDEX `measures_title_id_idx` ON `measures` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `measures_stage_idx` ON `measures` (`stage`);--> statement-breakpoint
CREATE INDEX `measures_kind_idx` ON `measures` (`kind`);--> statement-breakpoint
CREATE INDEX `measures_jurisdiction_idx` ON `measures` (`jurisdiction`);--> statement-breakpoint
ALTER TABLE `events` ADD `body_kind` text;--> statement-breakpoint
ALTER TABLE `events` ADD `body_name` text;--> statement-breakpoint
ALTER TABLE `events` ADD `member_states` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `unconfirmed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `disputed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `events_disputed_idx` ON `events` (`measure_id`) WHERE "events"."disputed" = 1;--> statement-breakpoint
-- Hand-added, to carry the data forward. The old kind `withdrawal` did not say whether the
-- withdrawal was announced or published in the Official Journal; announced is the weaker claim.
UPDATE `events` SET `kind` = 'withdrawal_announced' WHERE `kind` = 'withdrawal';--> statement-breakpoint
-- Each event's single date and source become its one date claim. Ids are the event's id with
-- the UUID version digit set to 8 (custom): unique, and sorted beside the event's own.
INSERT INTO `claims`("id", "version", "created_at", "updated_at", "measure_id", "event_id", "fact", "date", "date_precision", "source_id")
SELECT substr("id", 1, 14) || '8' || substr("id", 16), 1, "created_at", "created_at", "measure_id", "id", 'date', "date", "date_precision", "source_id"
FROM `events`;--> statement-breakpoint
-- Each measure's stage becomes its one stage claim, citing the measure's own source (none when it
-- had none: shown as unsourced), dated at its latest event that has happened, or else the day
-- it was recorded.
INSERT INTO `claims`("id", "version", "created_at", "updated_at", "measure_id", "event_id", "fact", "date", "date_precision", "stage", "source_id")
SELECT substr(m."id", 1, 14) || '8' || substr(m."id", 16), 1, m."created_at", m."created_at", m."id", NULL, 'stage',
	coalesce(e."date", substr(m."created_at", 1, 10)), coalesce(e."date_precision", 'day'), m."stage", m."source_id"
FROM `measures` m
LEFT JOIN (
	SELECT "measure_id", "date", "date_precision", row_number() OVER (
		PARTITION BY "measure_id" ORDER BY "date" DESC, "created_at" DESC, "id" DESC
	) AS n
	FROM `events`
	WHERE "date" <= substr(date('now'), 1, length("date"))
) e ON e."measure_id" = m."id" AND e.n = 1
WHERE m."stage" IS NOT NULL;

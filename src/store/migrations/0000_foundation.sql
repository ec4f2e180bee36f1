CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`org_number` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `company_roles` (
	`company_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `person_id`, `role`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `company_roles_person` ON `company_roles` (`person_id`);--> statement-breakpoint
CREATE TABLE `conversation_refs` (
	`conversation_id` text NOT NULL,
	`person_key` text NOT NULL,
	`person_id` text,
	`tenant_id` text,
	`conversation_type` text NOT NULL,
	`service_url` text NOT NULL,
	`reference` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_refs_key` ON `conversation_refs` (`conversation_id`,`person_key`);--> statement-breakpoint
CREATE INDEX `conversation_refs_person` ON `conversation_refs` (`person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`aad_object_id` text NOT NULL,
	`teams_user_id` text,
	`name` text,
	`email` text,
	`upn` text,
	`locale` text,
	`profile_fetched_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_tenant_aad` ON `people` (`tenant_id`,`aad_object_id`);--> statement-breakpoint
CREATE INDEX `people_email` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `cart_items` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`orderer_id` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`nationality` text NOT NULL,
	`identity_scheme` text NOT NULL,
	`identity_number` text NOT NULL,
	`coordination_number` text,
	`date_of_birth` text,
	`email` text NOT NULL,
	`mobile` text NOT NULL,
	`card_type` text NOT NULL,
	`has_bank_id` integer NOT NULL,
	`manual_id_verification` integer NOT NULL,
	`photo_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`orderer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cart_items_owner` ON `cart_items` (`company_id`,`orderer_id`);--> statement-breakpoint
CREATE TABLE `photos` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_person_id` text NOT NULL,
	`jpeg` blob NOT NULL,
	`thumbnail` blob NOT NULL,
	`findings` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `bot_state` (
	`key` text PRIMARY KEY NOT NULL,
	`doc` text NOT NULL,
	`etag` text NOT NULL,
	`updated_at` integer NOT NULL
);

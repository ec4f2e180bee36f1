CREATE TABLE `import_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`orderer_id` text NOT NULL,
	`status` text NOT NULL,
	`file_name` text NOT NULL,
	`total_rows` integer NOT NULL,
	`ready_rows` text NOT NULL,
	`problems` text NOT NULL,
	`report` blob,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`orderer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_jobs_owner` ON `import_jobs` (`company_id`,`orderer_id`);--> statement-breakpoint
CREATE TABLE `upload_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`purpose` text NOT NULL,
	`locale` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`photo_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`photo_id`) REFERENCES `photos`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `upload_tokens_expires` ON `upload_tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `company_addresses` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`purpose` text NOT NULL,
	`name` text NOT NULL,
	`care_of` text,
	`street` text NOT NULL,
	`postal_code` text NOT NULL,
	`city` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `company_addresses_company` ON `company_addresses` (`company_id`,`purpose`);--> statement-breakpoint
CREATE TABLE `company_settings` (
	`company_id` text PRIMARY KEY NOT NULL,
	`price_per_card_ore` integer NOT NULL,
	`vat_rate_percent` integer NOT NULL,
	`terms_en` text NOT NULL,
	`terms_sv` text NOT NULL,
	`terms_version` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `delivery_options` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`kind` text NOT NULL,
	`title_en` text NOT NULL,
	`title_sv` text NOT NULL,
	`description_en` text NOT NULL,
	`description_sv` text NOT NULL,
	`sort_order` integer NOT NULL,
	`active` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `delivery_options_company` ON `delivery_options` (`company_id`);--> statement-breakpoint
CREATE TABLE `checkouts` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`orderer_id` text NOT NULL,
	`status` text NOT NULL,
	`summary_items` text,
	`order_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`orderer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `checkouts_owner` ON `checkouts` (`company_id`,`orderer_id`);--> statement-breakpoint
CREATE TABLE `order_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`position` integer NOT NULL,
	`cart_item_id` text NOT NULL,
	`status` text NOT NULL,
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
	`photo_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_items_order` ON `order_items` (`order_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `order_items_cart_item` ON `order_items` (`cart_item_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`company_id` text NOT NULL,
	`orderer_id` text NOT NULL,
	`checkout_id` text NOT NULL,
	`status` text NOT NULL,
	`delivery_option_id` text NOT NULL,
	`delivery_kind` text NOT NULL,
	`delivery_title` text NOT NULL,
	`delivery_address` text,
	`recipients` text NOT NULL,
	`invoice_address` text NOT NULL,
	`expense_code` text,
	`terms_version` text NOT NULL,
	`item_count` integer NOT NULL,
	`price_per_card_ore` integer NOT NULL,
	`vat_rate_percent` integer NOT NULL,
	`net_ore` integer NOT NULL,
	`vat_ore` integer NOT NULL,
	`gross_ore` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`orderer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_number` ON `orders` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_checkout` ON `orders` (`checkout_id`);--> statement-breakpoint
CREATE INDEX `orders_owner` ON `orders` (`company_id`,`orderer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_person_id` text,
	`what` text NOT NULL,
	`from_state` text,
	`to_state` text,
	`details` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_events_subject` ON `audit_events` (`subject_type`,`subject_id`,`seq`);--> statement-breakpoint
CREATE TABLE `channel_subscriptions` (
	`company_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`subscribed_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `conversation_id`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscribed_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `pending_role_grants` (
	`company_id` text NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`granted_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `email`, `role`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`granted_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `pending_role_grants_email` ON `pending_role_grants` (`email`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`event_id` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`recipient_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`conversation_id` text,
	`payload` text NOT NULL,
	`replaces_activity_id` text,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`claim_token` text,
	`last_error` text,
	`coalesce_key` text,
	`coalesce_until` integer,
	`activity_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_idempotency_key` ON `outbox` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_recipient` ON `outbox` (`recipient_kind`,`recipient_id`,`status`);--> statement-breakpoint
ALTER TABLE `cart_items` ADD `photo_failure` text;
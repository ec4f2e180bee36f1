ALTER TABLE `cart_items` ADD `replaces_item_id` text;--> statement-breakpoint
CREATE INDEX `cart_items_replaces` ON `cart_items` (`replaces_item_id`);--> statement-breakpoint
ALTER TABLE `order_items` ADD `valid_until` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `replaces_item_id` text;--> statement-breakpoint
CREATE INDEX `order_items_valid_until` ON `order_items` (`status`,`valid_until`);--> statement-breakpoint
CREATE INDEX `order_items_replaces` ON `order_items` (`replaces_item_id`);
ALTER TABLE `order_items` ADD `identity_erased_at` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `photo_erased_at` integer;
ALTER TABLE "cart_items" ADD COLUMN "replaces_item_id" text;--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "valid_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "replaces_item_id" text;--> statement-breakpoint
CREATE INDEX "cart_items_replaces" ON "cart_items" USING btree ("replaces_item_id");--> statement-breakpoint
CREATE INDEX "order_items_valid_until" ON "order_items" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "order_items_replaces" ON "order_items" USING btree ("replaces_item_id");
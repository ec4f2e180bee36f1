CREATE TABLE "approval_reach" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"round" integer NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"detail" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_reach" ADD CONSTRAINT "approval_reach_item_id_order_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."order_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_reach_round" ON "approval_reach" USING btree ("item_id","round","channel");--> statement-breakpoint
CREATE INDEX "approval_reach_item" ON "approval_reach" USING btree ("item_id");
CREATE TABLE "rate_blocks" (
	"key" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_slots" (
	"permit" text NOT NULL,
	"key" text NOT NULL,
	"completed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_slots_key" ON "rate_slots" USING btree ("key","completed_at");--> statement-breakpoint
CREATE INDEX "rate_slots_permit" ON "rate_slots" USING btree ("permit");
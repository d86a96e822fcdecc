-- manual
-- A country page's lists of statements by others about it and of analysts' commentary on it walk StanceRead's
-- published rows newest first (lib/quotes/public.ts, stanceReadWalk). These partial indexes hold only each list's
-- rows, in its order, so the walk reads what it shows however few of the table match: through the holder's index
-- it read every stance the country holds (most of them its own statements) to find the few by others.
CREATE INDEX "StanceRead_about_holder_statedOn_idx" ON "StanceRead" ("holderCountryId", "statedOn", "quoteId")
  WHERE "published" AND "attribution" <> 'analyst' AND "speakerCountryId" IS DISTINCT FROM "holderCountryId";
CREATE INDEX "StanceRead_commentary_holder_statedOn_idx" ON "StanceRead" ("holderCountryId", "statedOn", "quoteId")
  WHERE "published" AND "attribution" = 'analyst';

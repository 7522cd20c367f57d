-- Rate-limit counters are written on every form sent and every failed sign-in, and are worth nothing
-- after an hour: they skip the write-ahead log (no flush to disk per count). A database crash empties
-- the table, which only restarts everyone's windows; a replica does not carry it.
ALTER TABLE "RateLimiterFlexible" SET UNLOGGED;

/** The PostgreSQL channel enqueueEmail notifies: delivered to listeners when its transaction commits, never before. */
export const OUTBOX_CHANNEL = "outbox_queued";

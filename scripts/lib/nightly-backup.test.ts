import { describe, expect, it } from "vitest";
import { backupSettings, nextBackupAt } from "./nightly-backup";

describe("nextBackupAt", () => {
  it("is 03:00 Paris time, today when it is still ahead, tomorrow otherwise", () => {
    expect(nextBackupAt(new Date("2026-12-06T01:00:00Z"), "03:00").toISOString()).toBe("2026-12-06T02:00:00.000Z");
    expect(nextBackupAt(new Date("2026-12-06T02:00:00Z"), "03:00").toISOString()).toBe("2026-12-07T02:00:00.000Z");
    expect(nextBackupAt(new Date("2026-07-01T12:00:00Z"), "03:00").toISOString()).toBe("2026-07-02T01:00:00.000Z");
  });

  it("follows the clock changes", () => {
    expect(nextBackupAt(new Date("2027-03-27T12:00:00Z"), "03:00").toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(nextBackupAt(new Date("2026-10-24T12:00:00Z"), "03:00").toISOString()).toBe("2026-10-25T02:00:00.000Z");
  });
});

describe("backupSettings", () => {
  it("defaults to 03:00, 7 backups, .data/backups", () => {
    expect(backupSettings("/srv/sses/.data", {})).toEqual({ time: "03:00", keep: 7, dir: "/srv/sses/.data/backups" });
  });

  it("turns off, and refuses what it cannot read", () => {
    expect(backupSettings("/d", { BACKUP_TIME: "off" }).time).toBeNull();
    expect(() => backupSettings("/d", { BACKUP_TIME: "3h" })).toThrow(/BACKUP_TIME/);
    expect(() => backupSettings("/d", { BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
  });
});

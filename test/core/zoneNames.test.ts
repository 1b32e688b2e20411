import { describe, expect, it } from "vitest";
import { defineCalendar } from "../../src/calendar/index.js";
import { isValidTimeZone, readTimeZone, timeZoneProblem, TZDATA_VERSION } from "../../src/core/index.js";
import { isPledgeError, type Issue } from "../../src/index.js";

const week: { mon: [string, string][] } = { mon: [["09:00", "17:00"]] };

function zoneIssue(timeZone: string): Issue {
  try {
    defineCalendar({ timeZone, week });
  } catch (error) {
    if (!isPledgeError(error)) throw error;
    expect(error.code).toBe("invalid_calendar");
    const issue = error.issues[0];
    if (issue === undefined) throw new Error("no issue");
    return issue;
  }
  throw new Error(`${timeZone} was accepted`);
}

describe("time-zone names are names of the IANA database", () => {
  it("accepts zones, links, UTC and Etc/ names", () => {
    for (const name of ["Asia/Shanghai", "Asia/Calcutta", "Asia/Kolkata", "US/Eastern", "UTC", "Etc/UTC", "Etc/GMT-8", "America/Argentina/Buenos_Aires"]) {
      expect(isValidTimeZone(name), name).toBe(true);
      expect(defineCalendar({ timeZone: name, week }).timeZone).toBe(name);
    }
  });

  it("accepts the abbreviation-like names the database itself holds", () => {
    for (const name of ["EST", "MST", "HST", "CET", "EET", "MET", "WET", "GMT", "EST5EDT", "CST6CDT", "PRC", "ROC", "NZ"]) {
      expect(timeZoneProblem(name), name).toBeUndefined();
    }
  });

  it("refuses abbreviations Intl accepts but the database does not hold, naming candidates", () => {
    expect(zoneIssue("CST")).toMatchObject({
      code: "invalid_time_zone",
      path: ["timeZone"],
      message:
        '"CST" is an abbreviation, not an IANA time zone name: write the zone it stands for, e.g. America/Chicago, Asia/Shanghai, America/Havana, Asia/Taipei',
    });
    expect(zoneIssue("IST").message).toBe(
      '"IST" is an abbreviation, not an IANA time zone name: write the zone it stands for, e.g. Asia/Kolkata, Europe/Dublin, Asia/Jerusalem',
    );
    expect(zoneIssue("BST").message).toBe('"BST" is an abbreviation, not an IANA time zone name: write the zone it stands for, e.g. Europe/London, Asia/Dhaka');
    for (const legacy of [
      "ACT",
      "AET",
      "AGT",
      "ART",
      "AST",
      "BET",
      "CAT",
      "CNT",
      "CTT",
      "EAT",
      "ECT",
      "IET",
      "JST",
      "MIT",
      "NET",
      "NST",
      "PLT",
      "PNT",
      "PRT",
      "PST",
      "SST",
      "VST",
    ]) {
      expect(timeZoneProblem(legacy)?.reason, legacy).toBe("abbreviation");
      expect(timeZoneProblem(legacy)?.candidates.length, legacy).toBeGreaterThan(0);
    }
  });

  it("answers a misspelt name with the nearest real names", () => {
    expect(zoneIssue("Asia/Shangai").message).toBe('"Asia/Shangai" is not an IANA time zone name; did you mean Asia/Shanghai?');
    expect(zoneIssue("asia/shanghai").message).toBe('"asia/shanghai" is not an IANA time zone name; did you mean Asia/Shanghai?');
    expect(zoneIssue("Europe/Londn").message).toBe('"Europe/Londn" is not an IANA time zone name; did you mean Europe/London?');
    expect(zoneIssue("New York").message).toBe('"New York" is not an IANA time zone name; did you mean America/New_York?');
    expect(zoneIssue("Mars/Olympus").message).toBe('"Mars/Olympus" is not an IANA time zone name (such as "Asia/Shanghai", "Europe/London" or "UTC")');
  });

  it("renders in zh-CN", async () => {
    const { formatIssue } = await import("../../src/index.js");
    expect(formatIssue(zoneIssue("CST"), "zh-CN")).toContain("是时区缩写，不是 IANA 时区名称：请写出它所指的时区，例如 America/Chicago、Asia/Shanghai");
  });

  it("does not compare huge strings", () => {
    expect(timeZoneProblem("A".repeat(1_000_000))).toEqual({ reason: "unknown", candidates: [] });
  });

  it("readTimeZone names the path of an option", () => {
    expect(readTimeZone("Europe/Paris", ["options", "timeZone"])).toBe("Europe/Paris");
    expect(() => readTimeZone("CST", ["options", "timeZone"])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", issues: [expect.objectContaining({ path: ["options", "timeZone"] })] }),
    );
  });

  it("ships the database version it was generated from", () => {
    expect(TZDATA_VERSION).toMatch(/^\d{4}[a-z]$/);
  });
});

import { describe, expect, it } from "vitest";
import { complaintPolicyLabels, defaultComplaintPolicy, replayComplaint } from "../../src/complaint/index.js";
import { t } from "./helpers.js";

describe("replayComplaint", () => {
  it("folds an event log, collecting effects and refusals", () => {
    const replay = replayComplaint(defaultComplaintPolicy(), { id: "C", receivedAt: t(0), class: "major" }, [
      { type: "acknowledge", at: t(1) },
      { type: "close", at: t(2) },
      { type: "respond", at: t(3) },
      { type: "close", at: t(4) },
    ]);
    expect(replay.state.step).toBe("closed");
    expect(replay.refused).toEqual([{ index: 1, type: "close", issues: [expect.objectContaining({ code: "illegal_transition" })] }]);
    expect(replay.effects[0]).toMatchObject({ type: "escalate", ruleId: "major-class" });
    expect(replay.effects.at(-1)).toMatchObject({ type: "de_escalate" });
  });
});

describe("complaintPolicyLabels", () => {
  it("lists every label in the chosen locale", () => {
    const zh = complaintPolicyLabels(defaultComplaintPolicy(), "zh-CN");
    expect(zh.policy).toBe("默认投诉处理流程");
    expect(Object.values(zh.stages)).toEqual(["潜在不满", "即将转化为抱怨", "显化抱怨", "潜在投诉", "投诉", "投诉升级"]);
    expect(zh.classes).toEqual({ ordinary: "普通投诉", major: "重大投诉", escalated: "升级投诉", difficult: "疑难投诉" });
    expect(Object.keys(zh.actions)).toHaveLength(8);
    expect(complaintPolicyLabels(defaultComplaintPolicy()).steps.closed).toBe("Closed");
  });
});

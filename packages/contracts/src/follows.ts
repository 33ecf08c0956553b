import { z } from "zod";
import { page } from "./common";
import { StallSummary } from "./stalls";

/** Whether I follow a stall, and how many people do. */
export const FollowState = z.object({ following: z.boolean(), followerCount: z.number().int() }).meta({ id: "FollowState" });
export type FollowState = z.infer<typeof FollowState>;

/** The stalls I follow, newest follow first. */
export const FollowingList = page(StallSummary.extend({ followedAt: z.iso.datetime() })).meta({ id: "FollowingList" });
export type FollowingList = z.infer<typeof FollowingList>;

import { type ActingStall, changedFields } from "../helpers/acting-stall";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type {
  AdminStallListQuery,
  CreateStallRequest,
  Stall as StallDto,
  StallDraftFields,
  StallDraftResponse,
  UpdateStallProfileRequest,
  UpdateStallRequest,
} from "@chophien/contracts";
import { foldVietnamese } from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { nextFreeSlug } from "../../db/slugs";
import { pageOf } from "../../db/paginate";
import { AppError } from "../../http/errors";
import type { ImageProcessor } from "../../lib/images/image-processor";
import { storeImage } from "../../lib/images/image-store";
import type { FileStorage } from "../../lib/storage/storage";
import { announceCatalogChange } from "../catalog/catalog-changes";
import { onSale } from "../catalog/catalog-query";
import { refreshProductSearch } from "../catalog/search-text";
import { User } from "../users/user.entity";
import { actionNeedsReason, nextStallStatus, statusAfterOwnerEdit } from "./stall-state";
import { StallDecision, type StallAction } from "./stall-decision.entity";
import { Stall } from "./stall.entity";
import { presentStall } from "./stalls.presenter";
import { StallDraft } from "./stall-draft.entity";
import { enqueueStallApproved } from "./stall-notices";

export interface StallsDeps {
  ds: DataSource;
  defaultCommissionBps: number;
  images: { processor: ImageProcessor; storage: FileStorage };
}

/** Stall applications, the owner's edits and images, and the admins' decisions. */
export class StallsService {
  constructor(private readonly deps: StallsDeps) {}

  /** Opens an application (status `pending`) for `user`; one stall per user. */
  async apply(user: User, input: CreateStallRequest): Promise<StallDto> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.ds.transaction(async (m) => {
          if (await m.exists(Stall, { where: { ownerId: user.id } })) throw AppError.conflict("You already have a stall");
          const stall = m.create(Stall, {
            ...input,
            description: input.description ?? null,
            businessRegistrationNo: input.businessRegistrationNo ?? null,
            founderBirthYear: input.founderBirthYear ?? null,
            ownerId: user.id,
            slug: await nextFreeSlug(m, "stall", input.name),
            searchName: foldVietnamese(input.name),
            status: "pending",
          });
          await m.insert(Stall, stall);
          // The application is sent: its draft has done its job.
          await m.delete(StallDraft, { userId: user.id });
          return this.view(m, stall.id);
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // The owner index means a parallel application won; the slug index means retry with the next slug.
        if (
          (err as { constraint?: string; driverError?: { constraint?: string } }).driverError?.constraint === "UQ_stall_owner" ||
          attempt >= 3
        )
          throw AppError.conflict("You already have a stall");
      }
    }
  }

  /** The user's application draft; a new one starts from the account's phone. */
  async draft(user: User): Promise<StallDraftResponse> {
    const row = await this.deps.ds.getRepository(StallDraft).findOne({ where: { userId: user.id } });
    const fields = (row?.fields ?? {}) as StallDraftFields;
    // The contact phone, else the verified sign-in number written the Vietnamese way (+84905… → 0905…).
    const signIn = user.phoneE164?.startsWith("+84") ? `0${user.phoneE164.slice(3)}` : undefined;
    const phone = fields.phone ?? user.phone ?? signIn;
    return { draft: { ...fields, ...(phone ? { phone } : {}) }, updatedAt: row?.updatedAt.toISOString() ?? null };
  }

  /** Replaces the user's application draft (one per user; 409 once the stall exists: edit the stall instead). */
  async saveDraft(user: User, fields: StallDraftFields): Promise<StallDraftResponse> {
    if (await this.deps.ds.getRepository(Stall).exists({ where: { ownerId: user.id } }))
      throw AppError.conflict("You already have a stall");
    await this.deps.ds.query(
      `INSERT INTO stall_draft (user_id, fields) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET fields = EXCLUDED.fields, updated_at = now()`,
      [user.id, JSON.stringify(fields)],
    );
    return this.draft(user);
  }

  /** The signed-in user's stall with its status, reason and decisions, or 404. */
  async own(user: User): Promise<StallDto> {
    const stall = await this.deps.ds.getRepository(Stall).findOne({ where: { ownerId: user.id } });
    if (!stall) throw AppError.notFound("Stall");
    return this.view(this.deps.ds.manager, stall.id);
  }

  /** Edits by the owner; editing a rejected application sends it back to `pending`. */
  async updateOwn(user: User, input: UpdateStallRequest): Promise<StallDto> {
    return this.deps.ds.transaction(async (m) => {
      const stall = await this.lockOwn(m, user);
      const patch: Partial<Stall> = { ...input, status: statusAfterOwnerEdit(stall.status) };
      if (input.name !== undefined && input.name !== stall.name) {
        patch.searchName = foldVietnamese(input.name);
      }
      await m.update(Stall, { id: stall.id }, patch);
      // Products are found by their stall's name and province too.
      if (patch.searchName || input.province) await refreshProductSearch(m, { stallId: stall.id });
      return this.view(m, stall.id);
    });
  }

  /** The `profile` scope: the acting stall's story and contact details (audited, changed fields only, for a helper). */
  async updateProfile(ctx: ActingStall, input: UpdateStallProfileRequest): Promise<StallDto> {
    return this.deps.ds.transaction(async (m) => {
      const stall = await m.findOneOrFail(Stall, { where: { id: ctx.stall.id }, lock: { mode: "pessimistic_write" } });
      await m.update(Stall, { id: stall.id }, input);
      await ctx.audit(m, { targetId: stall.id, ...changedFields(stall as unknown as Record<string, unknown>, input) });
      return this.view(m, stall.id);
    });
  }

  /** Stores an uploaded logo or banner (the image pipeline checks type, size and pixels). */
  async setImage(user: User, kind: "logo" | "banner", file: Buffer): Promise<StallDto> {
    const ref = await storeImage(this.deps.images.processor, this.deps.images.storage, file);
    return this.deps.ds.transaction(async (m) => {
      const stall = await this.lockOwn(m, user);
      await m.update(Stall, { id: stall.id }, { [kind]: ref });
      return this.view(m, stall.id);
    });
  }

  /** Removes the logo or banner. */
  async clearImage(user: User, kind: "logo" | "banner"): Promise<StallDto> {
    return this.deps.ds.transaction(async (m) => {
      const stall = await this.lockOwn(m, user);
      await m.update(Stall, { id: stall.id }, { [kind]: null });
      return this.view(m, stall.id);
    });
  }

  /** The admins' queue and list: oldest first, filterable by status. */
  async adminList(q: AdminStallListQuery): Promise<{ items: StallDto[]; total: number }> {
    const qb = this.deps.ds.getRepository(Stall).createQueryBuilder("s").addSelect("s.searchName");
    if (q.status) qb.andWhere("s.status = :status", { status: q.status });
    if (q.q) qb.andWhere("s.search_name LIKE :like", { like: `%${foldVietnamese(q.q).replace(/[%_\\]/g, "\\$&")}%` });
    const [rows, total] = await pageOf(qb, ["s.created_at", "ASC"], q);
    return { items: await this.views(this.deps.ds.manager, rows), total };
  }

  /** One stall with everything an admin needs to decide, or 404. */
  async adminGet(id: string): Promise<StallDto> {
    if (!(await this.deps.ds.getRepository(Stall).exists({ where: { id } }))) throw AppError.notFound("Stall");
    return this.view(this.deps.ds.manager, id);
  }

  /**
   * Applies an admin decision in one transaction: the status change, the record (who, what, why, when)
   * and the owner's role (approved stall ⇒ seller). Illegal transitions are 409.
   */
  async decide(admin: User, stallId: string, action: StallAction, reason: string | null): Promise<StallDto> {
    if (actionNeedsReason(action) && !reason)
      throw new AppError("validation_failed", "A reason is required", [{ path: "body.reason", message: "Required" }]);
    return this.deps.ds.transaction(async (m) => {
      const stall = await m.findOne(Stall, { where: { id: stallId }, lock: { mode: "pessimistic_write" } });
      if (!stall) throw AppError.notFound("Stall");
      const to = nextStallStatus(stall.status, action);
      if (!to) throw AppError.conflict(`Cannot ${action} a stall that is ${stall.status}`);
      await m.update(
        Stall,
        { id: stall.id },
        {
          status: to,
          statusReason: actionNeedsReason(action) ? reason : null,
          approvedAt: to === "approved" ? (stall.approvedAt ?? new Date()) : stall.approvedAt,
        },
      );
      await m.insert(StallDecision, { stallId: stall.id, adminId: admin.id, action, reason });
      // Approving, suspending or reinstating a stall adds or removes all its products from the public catalog.
      if (stall.status === "approved" || to === "approved") await announceCatalogChange(m);
      // Admins keep their role; otherwise the role follows the stall: seller while approved.
      if (to === "approved") await m.update(User, { id: stall.ownerId, role: "shopper" }, { role: "seller" });
      else await m.update(User, { id: stall.ownerId, role: "seller" }, { role: "shopper" });
      // The applicant hears of it (with the admin's message, kept as the decision's reason).
      if (action === "approve") await enqueueStallApproved(m, stall.id, reason);
      return this.view(m, stall.id);
    });
  }

  /** The approved stall of a seller, or 403 (the guard for every seller endpoint). */
  async approvedStallOf(user: User, m: EntityManager = this.deps.ds.manager): Promise<Stall> {
    const stall = await m.findOne(Stall, {
      where: { ownerId: user.id },
      select: { id: true, status: true, province: true, name: true, searchName: true, slug: true },
    });
    if (!stall || stall.status !== "approved") throw AppError.forbidden("Only the owner of an approved stall can do this");
    return stall;
  }

  private async lockOwn(m: EntityManager, user: User): Promise<Stall> {
    const stall = await m.findOne(Stall, {
      where: { ownerId: user.id },
      lock: { mode: "pessimistic_write" },
      select: { id: true, name: true, searchName: true, status: true },
    });
    if (!stall) throw AppError.notFound("Stall");
    return stall;
  }

  private async view(m: EntityManager, id: string): Promise<StallDto> {
    const stall = await m.findOneOrFail(Stall, { where: { id } });
    const [view] = await this.views(m, [stall]);
    return view!;
  }

  /** Presents stalls with their owners, decisions and product counts in a fixed number of queries. */
  private async views(m: EntityManager, stalls: Stall[]): Promise<StallDto[]> {
    if (!stalls.length) return [];
    const ids = stalls.map((s) => s.id);
    const owners = await m.find(User, { where: { id: In(stalls.map((s) => s.ownerId)) } });
    const decisions = await m.find(StallDecision, {
      where: { stallId: In(ids) },
      relations: { admin: true },
      order: { createdAt: "ASC" },
    });
    const counts: { stall_id: string; n: number }[] = await m.query(
      `SELECT stall_id, count(*)::int AS n FROM product WHERE stall_id = ANY($1) AND ${onSale("product")} GROUP BY stall_id`,
      [ids],
    );
    return stalls.map((s) =>
      presentStall(s, {
        owner: owners.find((o) => o.id === s.ownerId)!,
        decisions: decisions.filter((d): d is StallDecision & { admin: User } => d.stallId === s.id && Boolean(d.admin)),
        productCount: counts.find((c) => c.stall_id === s.id)?.n ?? 0,
        defaultCommissionBps: this.deps.defaultCommissionBps,
      }),
    );
  }
}

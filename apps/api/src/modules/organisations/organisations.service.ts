import type { DataSource, EntityManager } from "typeorm";
import {
  normaliseTaxCode,
  type Organisation,
  type OrganisationStatus,
  type RegisterOrganisationRequest,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { User } from "../users/user.entity";
import { canMoveOrganisation, ORGANISATION_MOVES, type OrganisationMove } from "./organisation-state";
import { type OrganisationRow, presentOrganisation } from "./organisations.presenter";

const SELECT = `SELECT o.id, o.name, o.tax_code, o.kind, o.province, o.address, o.phone, o.website, o.status, o.reason, o.created_at,
       (SELECT coalesce(array_agg(om.user_id ORDER BY om.created_at), '{}') FROM organisation_member om
         WHERE om.organisation_id = o.id) AS member_ids,
       (SELECT coalesce(json_agg(json_build_object('action', d.action, 'reason', d.reason, 'adminId', d.admin_id,
                                                   'createdAt', d.created_at) ORDER BY d.created_at), '[]'::json)
          FROM organisation_decision d WHERE d.organisation_id = o.id) AS decisions
  FROM organisation o`;

/** What a buyer's organisation allows: posting needs a verified one. */
export interface BuyerOrganisation {
  id: string;
  name: string;
  status: OrganisationStatus;
}

/** Business buyers: a user registers an organisation (pending), admins verify or reject it with a reason. */
export class OrganisationsService {
  constructor(private readonly ds: DataSource) {}

  /** POST /api/me/organisation: the registering user becomes its first member; one organisation per user. */
  async register(user: User, input: RegisterOrganisationRequest): Promise<Organisation> {
    const taxCode = normaliseTaxCode(input.taxCode);
    if (!taxCode) throw AppError.badRequest("Invalid tax code", [{ path: "taxCode", message: "invalid tax code" }]);
    const id = await this.ds.transaction(async (m) => {
      const [mine] = await m.query<{ organisation_id: string }[]>(
        `SELECT organisation_id FROM organisation_member om JOIN organisation o ON o.id = om.organisation_id
          WHERE om.user_id = $1 AND o.status <> 'rejected'`,
        [user.id],
      );
      if (mine) throw AppError.conflict("You already belong to an organisation");
      // A rejected registration is left behind (with its decision) when the same user tries again.
      await m.query(
        `DELETE FROM organisation_member om USING organisation o
          WHERE o.id = om.organisation_id AND om.user_id = $1 AND o.status = 'rejected'`,
        [user.id],
      );
      const rows = await m.query<{ id: string }[]>(
        `INSERT INTO organisation (name, tax_code, kind, province, address, phone, website, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tax_code) WHERE status <> 'rejected' DO NOTHING RETURNING id`,
        [input.name, taxCode, input.kind, input.province, input.address, input.phone, input.website ?? null, user.id],
      );
      if (!rows[0]) throw AppError.conflict("An organisation with this tax code is already registered");
      await m.query(`INSERT INTO organisation_member (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [
        rows[0].id,
        user.id,
      ]);
      return rows[0].id;
    });
    return presentOrganisation(await this.row(this.ds, id));
  }

  /** GET /api/me/organisation: the user's organisation (a rejected one too, with its reason), or null. */
  async mine(userId: string): Promise<Organisation | null> {
    const [row] = await this.ds.query<OrganisationRow[]>(
      `${SELECT} JOIN organisation_member om ON om.organisation_id = o.id WHERE om.user_id = $1`,
      [userId],
    );
    return row ? presentOrganisation(row) : null;
  }

  /** The organisation a user acts for as a buyer, if any. */
  async forUser(m: EntityManager | DataSource, userId: string): Promise<BuyerOrganisation | undefined> {
    const [row] = await m.query<BuyerOrganisation[]>(
      `SELECT o.id, o.name, o.status FROM organisation o JOIN organisation_member om ON om.organisation_id = o.id
        WHERE om.user_id = $1`,
      [userId],
    );
    return row;
  }

  /** Adds a user to an organisation (a colleague who may post for it). */
  async addMember(m: EntityManager, organisationId: string, userId: string): Promise<void> {
    await m.query(`INSERT INTO organisation_member (organisation_id, user_id) VALUES ($1, $2)`, [organisationId, userId]);
  }

  /** GET /api/admin/organisations: the queue, oldest pending first. */
  async list(f: { status?: OrganisationStatus; page: number; limit: number }) {
    const where = f.status ? `WHERE o.status = $3` : "";
    const params: unknown[] = [f.limit, (f.page - 1) * f.limit, ...(f.status ? [f.status] : [])];
    const rows = await this.ds.query<OrganisationRow[]>(
      `${SELECT} ${where} ORDER BY o.created_at, o.id LIMIT $1 OFFSET $2`,
      params,
    );
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM organisation o ${f.status ? "WHERE o.status = $1" : ""}`,
      f.status ? [f.status] : [],
    );
    return { items: rows.map(presentOrganisation), total };
  }

  async get(id: string): Promise<Organisation> {
    return presentOrganisation(await this.row(this.ds, id));
  }

  /** POST /api/admin/organisations/:id/verify | /reject: a guarded move and its decision, in one transaction. */
  async decide(admin: User, id: string, move: OrganisationMove, reason: string | null): Promise<Organisation> {
    await this.ds.transaction(async (m) => {
      const { status } = await this.row(m, id);
      if (!canMoveOrganisation(status, move)) throw AppError.conflict(`A ${status} organisation cannot be ${move}ed`);
      const { from, to } = ORGANISATION_MOVES[move];
      const [, changed] = await m.query<[unknown[], number]>(
        `UPDATE organisation SET status = $2, reason = $3, updated_at = now() WHERE id = $1 AND status = ANY($4)`,
        [id, to, reason, from],
      );
      if (!changed) throw AppError.conflict("The organisation changed meanwhile");
      await m.query(`INSERT INTO organisation_decision (organisation_id, admin_id, action, reason) VALUES ($1, $2, $3, $4)`, [
        id,
        admin.id,
        move,
        reason,
      ]);
    });
    return this.get(id);
  }

  private async row(m: EntityManager | DataSource, id: string): Promise<OrganisationRow> {
    const [row] = await m.query<OrganisationRow[]>(`${SELECT} WHERE o.id = $1`, [id]);
    if (!row) throw AppError.notFound("Organisation");
    return row;
  }
}

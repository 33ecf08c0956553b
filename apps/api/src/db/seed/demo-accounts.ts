import type { DataSource } from "typeorm";

/** The demo accounts worth signing in as, found in the database (so every start can print them). */
export interface DemoAccounts {
  /** The owner of the demo stall with the most orders. */
  seller: string | null;
  /** The demo buyer with the most orders (they have reviews too). */
  buyer: string | null;
  /** The youth-union helper who works for the busy stall under a grant. */
  helper: string | null;
  /** The purchasing officer of the verified business with a demand on the board. */
  business: string | null;
}

export async function demoAccounts(ds: DataSource): Promise<DemoAccounts> {
  const [seller] = await ds.query<{ email: string }[]>(
    `SELECT u.email FROM stall s JOIN app_user u ON u.id = s.owner_id JOIN stall_order so ON so.stall_id = s.id
      WHERE u.email LIKE 'stall%@demo.chophien.vn' GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  );
  const [buyer] = await ds.query<{ email: string }[]>(
    `SELECT u.email FROM app_user u JOIN customer_order o ON o.buyer_id = u.id
      WHERE u.email LIKE 'buyer%@demo.chophien.vn' GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  );
  const [helper] = await ds.query<{ email: string }[]>(
    `SELECT u.email FROM helper h JOIN app_user u ON u.id = h.user_id WHERE u.email LIKE 'helper%@demo.chophien.vn' AND h.ended_at IS NULL
      ORDER BY u.email LIMIT 1`,
  );
  const [business] = await ds.query<{ email: string }[]>(
    `SELECT u.email FROM organisation_member om JOIN organisation o ON o.id = om.organisation_id AND o.status = 'verified'
       JOIN app_user u ON u.id = om.user_id WHERE u.email LIKE 'business%@demo.chophien.vn' ORDER BY u.email LIMIT 1`,
  );
  return {
    seller: seller?.email ?? null,
    buyer: buyer?.email ?? null,
    helper: helper?.email ?? null,
    business: business?.email ?? null,
  };
}

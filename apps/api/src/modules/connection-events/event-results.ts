import type { DataSource, EntityManager } from "typeorm";
import type { EventResults } from "@chophien/contracts";
import { type DemandResultRow, presentResults } from "./connection-events.presenter";

/**
 * An event's results, read-only over the demand board: for each presented demand (in the order presented) every
 * offer made on it, the distinct stalls that offered, and the awarded offers with the stall's public name and their
 * orders (made, delivered, paid; by UQ_order_deal_delivery, which leads with the offer). The
 * subqueries walk demand_offer by IDX_demand_offer_demand (demand_id, created_at); the event's demands come from
 * connection_event_demand's primary key.
 */
const EVENT_RESULTS_SQL = `SELECT ed.demand_id, d.title,
       (SELECT count(*)::int FROM demand_offer f WHERE f.demand_id = ed.demand_id) AS offers,
       (SELECT count(DISTINCT f.stall_id)::int FROM demand_offer f WHERE f.demand_id = ed.demand_id) AS stalls_offered,
       (SELECT coalesce(json_agg(json_build_object('stallName', s.name, 'stallSlug', s.slug, 'quantity', f.awarded_quantity,
                                                   'unitPrice', f.unit_price, 'orders', o.orders) ORDER BY f.created_at, f.id), '[]'::json)
          FROM demand_offer f JOIN stall s ON s.id = f.stall_id
          CROSS JOIN LATERAL (
            SELECT json_build_object('made', count(*)::int,
                                     'delivered', (count(*) FILTER (WHERE co.status IN ('delivered', 'completed')))::int,
                                     'paid', (count(*) FILTER (WHERE co.payment_status = 'paid'))::int) AS orders
              FROM customer_order co WHERE co.deal_offer_id = f.id) o
         WHERE f.demand_id = ed.demand_id AND f.status = 'awarded') AS deals
  FROM connection_event_demand ed JOIN demand d ON d.id = ed.demand_id
 WHERE ed.event_id = $1
 ORDER BY ed.created_at, ed.demand_id`;

/** The results of one event, with totals (deal value in đồng). */
export async function eventResults(m: EntityManager | DataSource, eventId: string): Promise<EventResults> {
  return presentResults(await m.query<DemandResultRow[]>(EVENT_RESULTS_SQL, [eventId]));
}

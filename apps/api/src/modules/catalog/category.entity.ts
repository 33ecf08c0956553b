import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { BaseEntity } from "../../db/base.entity";

/** A product category; two levels (group → category) so far. */
@Entity("category")
export class Category extends BaseEntity {
  @Index()
  @Column({ type: "uuid", nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Category, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "parent_id" })
  parent?: Category | null;

  @Index("UQ_category_slug", { unique: true })
  @Column({ type: "varchar", length: 80 })
  slug!: string;

  /** Vietnamese name. */
  @Column({ type: "varchar", length: 80 })
  name!: string;

  @Column({ type: "varchar", length: 80 })
  nameEn!: string;

  @Column({ type: "smallint", default: 0 })
  position!: number;
}

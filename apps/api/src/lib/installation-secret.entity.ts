import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

/** A secret made once per installation (per database) and shared by every API process using that database. */
@Entity("installation_secret")
export class InstallationSecret {
  /** What the secret is for, e.g. `vnpay_sandbox_hash_secret`. */
  @PrimaryColumn({ type: "varchar", length: 64 })
  name!: string;

  /** 32 random bytes, hex. */
  @Column({ type: "text" })
  value!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}

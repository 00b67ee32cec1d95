import { Migration } from '@mikro-orm/migrations';

/**
 * Issue #12 (import speed): single-column indexes that a composite index leads with, each one
 * more index for every inserted row and served by the composite for every lookup (the foreign
 * keys' checks and cascades included). Written by hand: MikroORM's SQLite diff proposes no drop.
 */
export class Migration20261203134603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists \`member_root_id_index\`;`);
    this.addSql(`drop index if exists \`membership_member_id_index\`;`);
    this.addSql(`drop index if exists \`membership_organization_id_index\`;`);
    this.addSql(`drop index if exists \`member_status_period_member_id_index\`;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index \`member_root_id_index\` on \`member\` (\`root_id\`);`);
    this.addSql(`create index \`membership_member_id_index\` on \`membership\` (\`member_id\`);`);
    this.addSql(`create index \`membership_organization_id_index\` on \`membership\` (\`organization_id\`);`);
    this.addSql(`create index \`member_status_period_member_id_index\` on \`member_status_period\` (\`member_id\`);`);
  }

}
